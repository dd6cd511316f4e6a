# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
"""Thirteenth set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Гүлзат эже, school psychologist in Talas): Kyrgyz and Russian mixed mid-sentence,
    #      Kyrgyz case endings on names (-га, -дын, -ке), эже/агай, teachers by surname + initials, "кл. рук."
    (
        "ru",
        "Талас",
        ["Бекжан Осмонов", "Нурсултан Токтогулов", "Элдияр Жумабаев", "Адилет Сыдыков"],
        [
            (
                0,
                [],
                "Тааныштык: 4 бала келди, [[first:Адилет]] кечигип келди (автобус). Сабак башында баары тынч, телефон карап отурушту. {{Талас}}, мектептин китепканасы.",
            ),
            (
                1,
                ["quote"],
                "[[first:Бекжан]]: «эркек ыйлабайт, так папа говорит». [[first:Бекжандын|Бекжан]] атасы Россияда, 3 жыл үйдө жок.",
            ),
            (
                2,
                ["insight"],
                "Коробка: [[first:Элдияр]] сам добавил «акча табуу», «үй-бүлөнү багуу». Потом [[first:Нурсултанга|Нурсултан]] суроо бердим — он молчал, потом сказал «уят болот».",
            ),
            (
                3,
                ["resistance"],
                "[[surname:Токтогулов]] (его все зовут по фамилии) смеялся всю дорогу, мешал. Кл. рук. [[name:Мамытова Ч.Б.]] предупреждала, что так будет.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Адилетке|Адилет]] жеке сүйлөшүү керек — апасын урат деп айтты (отчим). Апасынын номери: [[phone:+996 772 41 08 93]].",
            ),
            (
                6,
                ["referral"],
                "Соц. педагог [[first:Сапарбек]] агайга айттым. Балдарга {{111}} ишеним телефонун тараттым.",
            ),
            (
                7,
                ["quote"],
                "{{Бакыт}} деген эмне? — [[first:Элдияр]]: «бакыт — это когда акча бар». [[first:Бекжан]]: «жок, бакыт — апам ыйлабаса».",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Айбек Кадыров", "Тилек Абдрахманов", "Мирлан Бейшеев", "Санжар Орозбеков", "Эрмек Алиев"],
        [
            (0, [], "Тема: ала качуу. [[first:Мирлан]] с порога: «бул биздин салт, эже». Окей, жазып алдым."),
            (
                1,
                ["quote"],
                "[[first:Тилек]]: «менин агам [[first:Бактыбек]] жеңемди ала качкан, азыр жакшы жашашат, ну и что?»",
            ),
            (
                2,
                ["resistance"],
                "[[first:Айбек]] жана [[first:Санжар]] спорили долго. [[first:Санжардын|Санжар]] позициясы: «кыз макул болсо — ала качуу эмес».",
            ),
            (
                3,
                ["insight"],
                "Мыйзам: {{УК КР ст. 175}} (похищение для вступления в брак) — көбү билишпейт экен. Мисал катары {{Курманжан Датка}} жөнүндө да сүйлөштүк.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Эрмек]] после занятия подошёл: эжесин [[first:Гүлайым]] (17 жаш) кошуна айылдагы жигит ала качам деп коркутуп жатат. Жигиттин аты [[name:Жоомарт Сатыбалдиев]], машинасы [[plate:07KG 517 ADM]].",
            ),
            (
                5,
                ["referral"],
                "Завучка [[name:Турдубаева А.]] кабарладым жана {{111}} номерине чалдык [[first:Эрмек]] менен бирге.",
            ),
            (
                7,
                [],
                "Итог: [[first:Мирлан]] акырында «ойлонуп көрөм» деди. [[first:Айбекке|Айбек]] үй тапшырма: эжесинен сурап кел.",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Нурбек Мамбетов", "Азамат Сооронбаев", "Урмат Калыев", "Данияр Эсенов"],
        [
            (0, [], "Круг: ким үйдө кыйкырыкты угат? Все подняли руки кроме [[first:Урмата|Урмат]]."),
            (2, ["quote"], "[[first:Азамат]]: «атам ичкенде апамды... ну вы поняли». Дальше не говорил."),
            (
                3,
                ["insight"],
                "[[first:Нурбек]] сказал важное: «урганды көрүп чоңойгон бала да урат, мен андай болбойм». Группа тынчып калды.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Азаматтын|Азамат]] дареги: [[address:ул. Бердике Баатыра 48, кв. 3]] — класс. жетекчи [[name:Абдыкадырова Н.Т.]] менен үйүнө барыш керек.",
            ),
            (
                5,
                ["referral"],
                "Инспектор по делам несовершеннолетних — [[name:Кудайбергенов Э.]], тел [[phone:0555 19 62 07]]. Но сначала с мамой [[first:Азаматтын|Азамат]] сүйлөшөм.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Данияр]]: «бул үй-бүлөнүн иши, милицияга эмне бар». Поспорили с [[first:Нурбеком|Нурбек]].",
            ),
            (
                8,
                [],
                "{{Закон КР об охране и защите от семейного насилия}} — памятка тараттым. {{Талас}} шаарында кризис борбору жок экенин балдар өздөрү айтышты.",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Бакыт Жээнбеков", "Эржан Токтосунов", "Алмаз Дуйшеев", "Кубанычбек Айдаров"],
        [
            (
                0,
                [],
                "[[first:Бакыт]] пришёл первым, стулдарды коюуга жардам берди. [[first:Кубанычбек]] — все зовут [[nick:Кубаш]].",
            ),
            (
                1,
                ["quote"],
                "[[first:Алмаз]]: «кыз 18ге чейин турмушка чыкса эмне болот? менин эжем 17де чыккан, баары жакшы».",
            ),
            (
                3,
                ["insight"],
                "Разобрали: 18 жашка чейин нике — мыйзамсыз ({{Семейный кодекс КР}}). [[first:Эржан]] удивился, не знал.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Бакыттын|Бакыт]] карындашы [[first:Айпери]] (15) — ее уже «сватают», той күзүндө. Мектептеги журнал боюнча ДР [[dob:11.02.2010]]. Проверить!",
            ),
            (5, ["resistance"], "[[nick:Кубаш]] опять: «эже, сиз шаардыксыз, айылды түшүнбөйсүз»."),
            (
                6,
                ["referral"],
                "[[first:Айпери]] боюнча маалыматты соц. педагог [[first:Жылдыз]] эжеге бердим.",
            ),
            (
                7,
                ["quote"],
                "{{Алтын}} сөйкө, калың мал — [[first:Алмаз]] калыңды «баасы» деп атады. Кыз товар эмес, деп доскага жаздым.",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        [
            "Улан Мукашев",
            "Жанышбек Рыскулов",
            "Самат Бекболотов",
            "Темирлан Абылкасымов",
            "Нурислам Кенжебаев",
        ],
        [
            (
                0,
                [],
                "Тема: кызганыч, контроль телефона. [[first:Темирлан]] показал переписку со своей девушкой — телефонду алып коюуну сурандым.",
            ),
            (
                1,
                ["quote"],
                "Успела переписать (с разрешения): «[[nick:Темка]], ты где? почему онлайн был в 2 ночи?? кимдин сүрөтүн лайк бастың» — это его кызы [[first:Нуриза]].",
            ),
            (
                2,
                ["insight"],
                "[[first:Самат]]: «если ревнует значит любит» — жарымы макул. Разобрали: кызганыч ≠ сүйүү. [[first:Самат]] ссылался на песню {{Мирбека Атабекова}}.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Жанышбек]] и [[first:Улан]] хором: «кыз паролун бериши керек». Долго спорили.",
            ),
            (
                5,
                ["quote"],
                "[[first:Уландын|Улан]] сөзү: «мен да анын телефонун текшерем, ал да меникин. норм».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нурислам]] позже в директ написал, инстасы [[handle:@nurik_tls07]] — аны сүрөт менен шантаж кылып жатышат дейт. Срочно!",
            ),
            (
                7,
                ["referral"],
                "[[first:Нурисламга|Нурислам]] {{111}} номерин бердим, ата-энесине айтууга көндүрдүм.",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Бекболот Исаев", "Чынгыз Адылбеков", "Актан Турсунбаев", "Руслан Мамасалиев"],
        [
            (0, [], "Тема: ата-энеси миграцияда. 4 баладан 3үнүн атасы {{Москва}}да же {{Екатеринбург}}да."),
            (
                1,
                ["quote"],
                "[[first:Чынгыз]]: «папа акча жөнөтөт, бирок 5 жыл көрө элекмин. видеозвонок по пятницам».",
            ),
            (
                2,
                ["insight"],
                "[[first:Актандын|Актан]] таенеси [[first:Бурул]] эже баарын чечет, акчаны да. [[first:Актан]] өзүн «үйдөгү эркек» деп атады, 16 жашта.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Руслан]]: «эркек акча тапса — болду, калганы аялдын иши». [[first:Бекболот]] кошулду.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Бекболоттун|Бекболот]] атасы [[name:Исаев Темирбек]] — в Москве, мама говорит: 3 ай жооп бербейт. Атасынын номери: [[phone:+7 926 318 44 05]]. Мама просила помочь найти.",
            ),
            (
                6,
                ["referral"],
                "Маму [[first:Бекболоттун|Бекболот]] направила в {{Бюро по делам мигрантов}}, юридическая консультация бекер.",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Нурсултан Токтогулов", "Бекжан Осмонов", "Адилет Сыдыков", "Эламан Жолдошев"],
        [
            (
                0,
                [],
                "Финал. [[first:Бекжан]], [[first:Нурсултан]], [[first:Адилет]] кайра келишти — жаңы бала [[first:Эламан]] кошулду.",
            ),
            (
                1,
                ["quote"],
                "«Мен атам сыяктуу болбойм» — [[first:Адилет]]. Атасы эмес, өгөй атасы [[name:Кадыр Бообеков]] (см. заметку про отчима).",
            ),
            (
                3,
                ["insight"],
                "Атачылык: [[first:Нурсултан]] кичүү иниси [[first:Нурболду|Нурбол]] бакчага өзү алып барат — и гордится этим.",
            ),
            (
                4,
                ["quote"],
                "[[first:Эламан]] цитировал {{Тоголок Молдо}} (учитель литературы заставил учить наизусть).",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Адилет]] — апасы менен сүйлөштүм, {{Сезим}} борборуна барууга макул. Апасынын аты [[name:Сыдыкова Назгүл]], тел [[phone:+996 772 41 08 93]].",
            ),
            (
                6,
                ["referral"],
                "Кл. рук. [[name:Мамытова Ч.Б.]] менен бирге акт түздүк, [[first:Адилеттин|Адилет]] ишин соц. педагог [[first:Сапарбек]] агай улантат.",
            ),
            (7, [], "Рахмат баарына. Следующий цикл — сентябрь."),
        ],
    ),
    # ---- Facilitator B (Dilnoza, NGO worker in Marg'ilon): Uzbek Latin with Russian words typed in Latin
    #      (koroche, voobshe, srochno), lowercase, arrows ->, aka/opa/-jon, -ning/-ni endings on names
    (
        "ru",
        "Marg'ilon",
        ["Jasur Toshpo'latov", "Sardor Yo'ldoshev", "Bobur Qodirov", "Ulug'bek Nazarov", "Shohruh Ergashev"],
        [
            (0, [], "tanishuv. 5 ta yigit keldi, [[first:Shohruh]] opozdal 20 min. koroche boshladik."),
            (1, ["quote"], "[[first:Jasur]]: «erkak yig'lamaydi, eto vse znayut». [[first:Sardor]] kuldi."),
            (
                2,
                ["insight"],
                "quti mashqi -> «erkak» qutisiga yozishdi: pul topish, kuchli bo'lish, ayolni nazorat qilish. [[first:Bobur]] o'zi qo'shdi «otasiga qarshi gapirmaslik».",
            ),
            (
                3,
                ["resistance"],
                "[[first:Ulug'bek]] voobshe: «bu g'arbning gaplari, bizda boshqacha». [[first:Ulug'bekning|Ulug'bek]] akasi [[first:Farrux]] — [[desc:mahalladagi yagona uchastkovoy]], shuning uchun bolalar gapirishga qo'rqishadi.",
            ),
            (
                4,
                ["quote"],
                "{{Umid}} degan so'zni doskaga yozdim -> [[first:Bobur]]: «umid bu — Rossiyaga ishlashga ketish». grustno.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Shohruhjon|Shohruh]] keyin telegramda yozdi [[handle:@shoh_ergashev01]] — uyda otasi urishadi deb. ertaga qo'ng'iroq qilaman.",
            ),
            (6, [], "{{Marg'ilon}} markazida keyingi safar, zal bo'sh emas ekan."),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Azizbek Xolmatov", "Doniyor Rahimov", "Otabek Sotvoldiyev", "Islom Abdug'aniyev"],
        [
            (
                0,
                [],
                "mavzu: erta nikoh. [[first:Otabek]] aytdi: «singlimni 16da unashtirishdi, normalno eto».",
            ),
            (
                1,
                ["quote"],
                "[[first:Doniyor]]: «qiz 20dan oshsa hech kim olmaydi» -> hammasi bosh irg'adi. uzhas.",
            ),
            (
                2,
                ["insight"],
                "[[first:Azizbek]] hisobladi: kelin 16 -> maktab tugamagan. {{Oila kodeksi}} 18 yosh deydi, ular bilmagan.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Otabekning|Otabek]] singlisi [[first:Mohinur]], tug'ilgan [[dob:03.09.2009]]. to'y kuzda deyishdi, kuyov [[name:Sherzod Mamajonov]], Rossiyada ishlaydi. srochno!",
            ),
            (
                4,
                ["referral"],
                "-> mahalla ayollar faoli [[first:Nodira]] opaga aytdim, raqami [[phone:+998 91 204 77 18]]. keyin {{1146}} ishonch telefoniga.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Islom]]: «opa siz shahardan, qishloqda boshqacha». eto uzhe tretiy raz slyshu.",
            ),
            (
                6,
                ["quote"],
                "[[first:Doniyorbek|Doniyor]] oxirida: «agar singlimga shunday qilishsa... yo'q, ruxsat bermayman».",
            ),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Javohir Usmonov", "Behruz Karimov", "Akmal Tursunov", "Sanjar Mirzayev", "Muhammadali Oripov"],
        [
            (0, [], "aylana: «uyda baqirish eshitasizmi?» -> 4 ta qo'l. [[first:Muhammadali]] jim o'tirdi."),
            (1, ["quote"], "[[first:Behruz]]: «dadam onamni urmaydi, faqat baqiradi. eto zhe ne nasilie?»"),
            (
                2,
                ["insight"],
                "zo'ravonlik turlari: jismoniy, so'z, pul. [[first:Akmal]]: «pul ham?? dadam onamga bir so'm bermaydi» — ochildi. {{Xotin-qizlarni tazyiq va zo'ravonlikdan himoya qilish to'g'risida}}gi qonunni ko'rsatdim.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Muhammadalining|Muhammadali]] qo'lida ko'k dog'. so'radim -> «zinadan yiqildim». otasi [[name:Oripov Baxtiyor]], manzil [[address:Mustaqillik ko'chasi 112-uy, 7-xonadon]].",
            ),
            (
                4,
                ["referral"],
                "psixolog [[name:Malika Yusupova]] bilan gaplashdim, {{«Ishonch» markazi}} orqali. [[first:Muhammadali]] rozi bo'ldi.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Sanjar]]: «ayol aybdor bo'lsa urish mumkin». tortishdik, [[first:Javohir]] menga yordam berdi.",
            ),
            (6, ["quote"], "[[first:Javohir]] xulosa: «men o'g'limni urmayman. hech qachon.»"),
            (7, [], "[[first:Akmalning|Akmal]] raqami [[phone:90 317 62 48]] — keyin qo'ng'iroq."),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Diyorbek Qosimov", "Xurshid Aliyev", "Temur Hamidov", "Abdurahmon Valiyev"],
        [
            (
                0,
                [],
                "rashk va nazorat. [[first:Temur]] birinchi bo'lib gapirdi, {{Amir Temur}} haqida hazil qilishdi, keyin jiddiy.",
            ),
            (
                1,
                ["quote"],
                "[[first:Xurshid]] telefonidan o'qib berdi (ruxsat bilan): «qayerdasan?? kim bilan? rasm tashla hozir!!» — bu uning qizi [[first:Zarina]]dan.",
            ),
            (
                2,
                ["insight"],
                "[[first:Diyorbek]]: «agar u menga shunday yozsa — bu nazorat. agar men yozsam — g'amxo'rlik». hamma kuldi, lekin tushunishdi.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Abdurahmon]]: «qiz parolni berishi shart, bo'lmasa demak nimadir yashiryapti».",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Temurbek|Temur]] keyin aytdi: qizni kuzatish uchun feyk akkaunt ochgan -> [[link:instagram.com/gul.margilon.06]]. gaplashish kerak.",
            ),
            (
                5,
                ["quote"],
                "{{Sabr}} — [[first:Abdurahmon]] shunday dedi: «sabr qiz uchun kerak, yigit uchun emas». ploho.",
            ),
            (
                6,
                [],
                "uyga vazifa: bir hafta telefon tekshirmaslik. [[first:Xurshidjon|Xurshid]] «poprobuyu» dedi.",
            ),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Sherzod Mo'minov", "Elyor Po'latov", "Asadbek Rasulov", "Jamshid Ibragimov", "Nurbek Xo'jayev"],
        [
            (
                0,
                [],
                "pul va oila. [[first:Elyor]]: «dadam Koreyada 6 yil», [[first:Jamshid]]: «meniki {{Qozon}}da».",
            ),
            (
                1,
                ["quote"],
                "[[first:Asadbek]]: «onam pul so'rasa dadam aytadi — nima qilding pulni? hisobot ber». eto kontrol.",
            ),
            (
                2,
                ["insight"],
                "[[first:Nurbek]] tushundi: pul bilan nazorat ham zo'ravonlik. [[first:Sherzod]] qarshi: «pul erkakniki».",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Jamshidning|Jamshid]] otasi [[name:Ibragimov Rustam]] — 8 oy pul yubormagan, onasi qarzga botgan. onasining raqami [[phone:+998 93 480 15 26]].",
            ),
            (
                4,
                ["referral"],
                "-> {{Tashqi mehnat migratsiyasi agentligi}} telefoni berdim, va huquqshunos [[first:Dilshod]] akaga yozdim [[email:dilshod.yurist@mail.ru]].",
            ),
            (
                5,
                ["quote"],
                "[[first:Elyorning|Elyor]] gapi: «dadam kelsa, men uni tanimayman. uyda katta erkak — men».",
            ),
            (6, [], "{{Bahor}} kelsa yana to'planamiz, hozir ko'pchilik bozorda ishlaydi."),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Ravshan Yusupov", "Mirjalol Karimov", "Oybek Sobirov", "Zafarbek Aminov"],
        [
            (
                0,
                [],
                "otalik mavzusi. [[first:Ravshan]] 22 yoshda, allaqachon ota — o'g'li [[first:Ibrohim]] 1 yoshda.",
            ),
            (
                1,
                ["quote"],
                "[[first:Ravshan]]: «bolani onasi qaraydi, men ishlayman. pampers almashtirmayman, uyat».",
            ),
            (
                2,
                ["insight"],
                "[[first:Mirjalol]] aytdi: «mening dadam menga hech qachon 'yaxshi' demagan». zal jim bo'ldi.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Zafarbek]]: «erkak bolaga yumshoq bo'lsa bola buziladi». {{Zafar}} — g'alaba, lekin bu yerda g'alaba kimga? (o'zimga yozdim)",
            ),
            (
                4,
                ["quote"],
                "[[first:Oybek]]: «agar o'g'lim bo'lsa, unga {{Alisher Navoiy}} o'qib beraman, dadam menga o'qimagan».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Ravshanning|Ravshan]] xotini [[first:Gulchehra]] keyin menga yozdi — u uyda baqiradi deb. ehtiyot bo'lish kerak, [[first:Ravshan]] bilmasin.",
            ),
            (6, ["referral"], "[[first:Gulchehra]] -> {{1146}}, va bizning psixolog bilan uchrashuv."),
        ],
    ),
    (
        "ru",
        "Marg'ilon",
        ["Jasur Toshpo'latov", "Bobur Qodirov", "Shohruh Ergashev", "Sardor Yo'ldoshev"],
        [
            (
                0,
                [],
                "yakuniy. [[first:Jasur]], [[first:Bobur]], [[first:Sardor]], [[first:Shohruh]] — hammasi keldi, molodsy.",
            ),
            (
                1,
                ["follow-up"],
                "[[first:Shohruh]] otasi bilan -> mahalla inspektori [[name:Sobirova D.]] bilan gaplashdik, ogohlantirish berildi.",
            ),
            (
                2,
                ["quote"],
                "[[first:Bobur]]: «birinchi kun men [[first:Ulug'bek]] bilan kulgandim, endi o'zim boshqacha o'ylayman».",
            ),
            (3, ["insight"], "[[first:Sardor]]: «erkak qutisi — bu qamoq». o'zi topdi bu so'zni!"),
            (
                4,
                ["quote"],
                "[[first:Jasurning|Jasur]] xati (telegramdan ko'chirdim): «opa rahmat, dadamga gapirdim, birinchi marta».",
            ),
            (
                5,
                ["referral"],
                "[[first:Shohruhning|Shohruh]] onasi [[name:Ergasheva Feruza]] -> {{«Ishonch» markazi}}, pasport nusxasi kerak ekan: [[passport:AD 4172093]].",
            ),
            (6, [], "{{Farg'ona}} viloyati bo'yicha hisobot -> keyingi hafta."),
        ],
    ),
    # ---- Facilitator C (Tajik volunteer in Istaravshan): Russian with Tajik words and names in Tajik Cyrillic
    #      (ӣ ӯ ҳ ҷ қ ғ), Tajik case endings on names (-ро, -ҷон), timed call logs, ака/апа/тағо
    (
        "ru",
        "Истаравшан",
        ["Фирӯз Раҳимов", "Шаҳром Қодиров", "Ҷамшед Назаров", "Муҳаммад Ғаниев", "Суҳроб Саидов"],
        [
            (
                0,
                [],
                "Пришли 5. [[first:Муҳаммад]] привёл младшего брата — его нет в списке, отправила домой (13 лет).",
            ),
            (1, ["quote"], "[[first:Шаҳром]]: «мард гиря намекунад» — мужчина не плачет. Все кивнули."),
            (
                2,
                ["insight"],
                "Коробка «мард»: деньги, номус, не слушать жену. [[first:Ҷамшед]] добавил «модарро ҳурмат кун» — уважение к матери, но не к жене. Интересно.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Суҳроб]]: «это всё для Европы, у нас оила — святое». [[first:Фирӯз]] поддержал.",
            ),
            (
                4,
                ["quote"],
                "{{Умед}} — так называлась наша игра; [[first:Фирӯзҷон|Фирӯз]] спросил: «а это чьё имя?» Смеялись.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Муҳаммадро|Муҳаммад]] надо отдельно: падар в России, а тағо [[name:Ғаниев Саъдулло]] бьёт его ремнём. Адрес: [[address:ул. Ленина 37, кв. 12]].",
            ),
            (6, [], "{{Истаравшан}}, клуб при маҳалла. Свет отключили на 40 мин, сидели с фонариками."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Беҳрӯз Мирзоев", "Аҳмад Шарипов", "Далер Ҳакимов", "Исмоил Раҷабов"],
        [
            (0, [], "Тема ранний брак. [[first:Далер]]: «у нас сестру в 17 выдали, всё нормально»."),
            (
                1,
                ["quote"],
                "[[first:Аҳмад]]: «духтар ба хонаи шавҳар меравад — это судьба». Спросила: а её спросили? — молчание.",
            ),
            (
                2,
                ["insight"],
                "Никоҳ у муллы без ЗАГСа — [[first:Беҳрӯз]] не знал, что тогда у жены нет прав на алименты. Показала {{Кодекси оила}}.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Далерро|Далер]] сестра [[first:Мадина]] ([[dob:22.06.2008]]) — говорят, сватают за [[name:Ҳасан Қурбонов]], ему 35! Срочно.",
            ),
            (
                4,
                ["referral"],
                "Позвонила в {{Гулрухсор}} ({{Худжанд}}): [[first:Зуҳро]] апа приняла, сказала привезти маму.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Исмоил]]: «если духтар 20 — уже никто не возьмёт». Опять эта фраза.",
            ),
            (
                6,
                ["follow-up"],
                "Звонки после:\n17:10 — [[first:Далер]] (не взял)\n17:25 — мама [[first:Далера|Далер]], [[phone:+992 92 714 38 06]], 8 мин\n18:00 — [[first:Зуҳро]] апа, договорились на пятницу",
            ),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Сомон Исмоилов", "Рустам Ашуров", "Манучеҳр Хоҷаев", "Ғайрат Бобоев", "Парвиз Самадов"],
        [
            (
                0,
                [],
                "Круг «что слышно дома». [[first:Парвиз]] и [[first:Рустам]] рассказывали, [[first:Ғайрат]] ушёл курить.",
            ),
            (1, ["quote"], "[[first:Рустам]]: «падарам модарамро мезад, ҳозир не бьёт — старый стал»."),
            (
                2,
                ["insight"],
                "[[first:Манучеҳр]]: «а если отец бьёт маму — я должен вмешаться? я же писар». Долго обсуждали, прочитала из {{Закона РТ «О предупреждении насилия в семье»}}.",
            ),
            (
                3,
                ["quote"],
                "[[first:Сомон]]: «тағо давал маме 300 {{сомонӣ}} в месяц и каждый дирам спрашивал» — экономическое насилие, сам понял.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Ғайрат]] вернулся, отдельно сказал: отчим [[name:Бобоев Ҷалол]] бьёт его и сестру [[first:Нилуфар]]. Машина отчима [[plate:4512 АВ 02]], таксует у рынка.",
            ),
            (
                5,
                ["referral"],
                "Инспектор ПДН [[name:Каримова Ф.]] — тел [[phone:918 63 20 47]]. Передала про [[first:Ғайрата|Ғайрат]].",
            ),
            (6, ["resistance"], "[[first:Парвиз]]: «вмешиваться в чужую оила — гуноҳ»."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Фарҳод Одинаев", "Зафар Нуриддинов", "Алишер Ҳусейнов", "Амирҷон Латипов"],
        [
            (0, [], "Рашк. [[first:Фарҳод]] включил голосовое от девушки вслух, без её спроса — остановила."),
            (
                1,
                ["quote"],
                "Переписка [[first:Алишера|Алишер]], копия: «[[nick:Алиш]], ту куҷо? почему не отвечаешь? фото кинь щас» — от его невесты [[first:Шаҳноза]].",
            ),
            (
                2,
                ["insight"],
                "[[first:Зафар]]: «если она ревнует — значит ценит». [[first:Амирҷон]]: «нет, это значит не доверяет». Спор.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Фарҳод]]: «розигӣ? какое согласие, если уже помолвлены». Объясняла 20 минут.",
            ),
            (4, ["quote"], "{{Меҳр}} без контроля — так [[first:Амирҷон]] назвал свой плакат."),
            (
                5,
                ["follow-up"],
                "[[first:Алишер]] признался, что взял пароль [[first:Шаҳнозы|Шаҳноза]] и читает её чаты. Её инстаграм [[link:instagram.com/shahnoza.ist_05]] — закрыт.",
            ),
            (6, [], "В конце прочитала строчку {{Лоиқ Шералӣ}} про модар. [[first:Зафар]] записал."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Ориф Раҳмонов", "Ҳусейн Давлатов", "Бахтовар Юсуфов", "Комрон Абдуллоев", "Фаридун Шоев"],
        [
            (
                0,
                [],
                "Отцы в миграции. Из 5 — у 4 падар в России. [[first:Комрон]]: «падарам дар {{Новосибирск}}, 7 сол».",
            ),
            (1, ["quote"], "[[first:Бахтовар]]: «я старший мужчина в доме с 14 лет. модар без меня никуда»."),
            (
                2,
                ["insight"],
                "[[first:Ориф]] сказал, что отец звонит только спросить про деньги и «номуси хонавода». Другие узнали себя.",
            ),
            (
                3,
                ["follow-up"],
                "Журнал звонков:\n10:05 — [[first:Ҳусейн]], не ответил\n10:30 — [[first:Ҳусейн]] перезвонил: отец [[name:Давлатов Шуҳрат]] в Москве женился второй раз, мама не знает, [[first:Ҳусейн]] видел в инстаграме\n11:00 — тағо [[first:Ҳусейна|Ҳусейн]], [[name:Назрулло Шарифов]], [[phone:+992 93 552 17 40]], обещал поговорить",
            ),
            (
                4,
                ["quote"],
                "[[first:Фаридун]]: «меня назвали в честь {{Фаридуна}} из {{Шоҳнома}}, а отец даже не знает, в каком я классе».",
            ),
            (
                5,
                ["referral"],
                "Маме [[first:Комрона|Комрон]] — консультация по алиментам, юрист [[first:Ҷаҳонгир]] ака, почта [[email:jahongir.huquq@gmail.com]].",
            ),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Нозим Қаюмов", "Шерали Ҳамроев", "Достон Мирзоев", "Ҷонибек Сафаров"],
        [
            (0, [], "Тема отцовство. [[first:Шерали]] уже отец, дочке [[first:Ситоре|Ситора]] 8 месяцев."),
            (1, ["quote"], "[[first:Шерали]]: «духтар — это мамина работа. писар бы был — я бы сам растил»."),
            (
                2,
                ["insight"],
                "[[first:Достон]]: «меня бобо растил, не папа. бобо читал мне {{Рӯдакӣ}} и {{Фирдавсӣ}}». Отцовство ≠ только деньги.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Ҷонибек]]: «если мужчина пелёнки меняет — ҳамсояҳо засмеют». [[first:Нозим]]: «пусть смеются».",
            ),
            (
                4,
                ["follow-up"],
                "Жена [[first:Шерали]] — [[first:Маҳина]], 19 лет — пришла за ним после занятия, синяк под глазом. [[first:Маҳина]] ничего не сказала.",
            ),
            (
                5,
                ["referral"],
                "Оставила [[first:Маҳине|Маҳина]] визитку {{Гулрухсор}}, тайком. Найти её можно: [[desc:единственная продавщица аптеки на въезде в кишлак]].",
            ),
            (6, [], "[[first:Нозим]] — номер [[phone:+992 90 118 25 63]], хочет быть волонтёром."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Фирӯз Раҳимов", "Ҷамшед Назаров", "Муҳаммад Ғаниев", "Ғайрат Бобоев"],
        [
            (
                0,
                [],
                "Последнее занятие. [[first:Фирӯз]], [[first:Ҷамшед]], [[first:Муҳаммад]], [[first:Ғайрат]]. Принесла чой и ширинӣ.",
            ),
            (1, ["quote"], "[[first:Ҷамшед]]: «раньше думал мард = мушт. теперь мард = калима, слово»."),
            (
                2,
                ["follow-up"],
                "Звонки:\n09:40 — инспектор [[name:Каримова Ф.]], по [[first:Ғайрату|Ғайрат]]: отчим на учёте\n09:55 — [[first:Нилуфар]] (сестра [[first:Ғайрата|Ғайрат]]), в школе всё хорошо\n10:20 — {{Гулрухсор}}, место в шелтере есть",
            ),
            (
                3,
                ["insight"],
                "[[first:Муҳаммад]]: «тағо больше не бьёт, после того как участковый пришёл». [[name:Ғаниев Саъдулло]] подписал предупреждение.",
            ),
            (
                4,
                ["quote"],
                "[[first:Фирӯзҷон|Фирӯз]] на прощание: «{{Исмоили Сомонӣ}} был сильный, но и справедливый». Хорошо сказал.",
            ),
            (
                5,
                ["referral"],
                "[[first:Муҳаммада|Муҳаммад]] передала психологу школы [[name:Ҳакимова М.]] на сопровождение.",
            ),
        ],
    ),
    # ---- Facilitator D (Kazakh student volunteer in Kyzylorda): Kazakh Cyrillic with English slang
    #      (bro, ngl, lowkey, cringe, red flag), emojis everywhere, nicknames, insta/tg handles, → arrows
    (
        "kk",
        "Қызылорда",
        ["Ерасыл Жақсылықов", "Нұрдәулет Сейітов", "Бекарыс Әлімов", "Данияр Төлеуов", "Ақжол Мұратұлы"],
        [
            (
                0,
                [],
                "ок поехали 🔥 5 жігіт келді, [[first:Ақжол]] 15 мин кешікті bc автобус. vibe басында cringe болды ngl 😅",
            ),
            (
                1,
                ["quote"],
                "[[first:Нұрдәулет]] (бәрі [[nick:Нұрик]] дейді): «ер адам жыламайды, bro, бұл literally заң»",
            ),
            (
                2,
                ["insight"],
                "box exercise 📦: «нағыз жігіт» = ақша, күш, қызды бақылау. [[first:Бекарыс]] өзі жазды «анаңды ренжітпе» 👀 interesting",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Ера]] ([[first:Ерасыл]]) бүкіл сабақ бойы телефонда, тікток. «апай бұл бәрі батыстың пропагандасы» 🙄",
            ),
            (
                4,
                ["quote"],
                "{{Арман}} деген сөзді тақтаға жаздым → [[first:Данияр]]: «менің арманым — Camry 70 🚗💨» lol",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Ақжолдың|Ақжол]] инстасы [[handle:@akzhol_mrt07]] — директке кешке жазды, әкесі ішіп келіп анасын ұрады дейді 😔 тез хабарласу керек",
            ),
            (6, [], "{{Қызылорда}}, жастар орталығы. next time snacks алып келем 🍪"),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Әли Байжанов", "Мирас Тұрсынбеков", "Сұңқар Омаров", "Алмас Ержанов"],
        [
            (0, [], "тема: қыз алып қашу 💀 [[first:Мирас]] бірден: «бұл дәстүр ғой апай»"),
            (
                1,
                ["quote"],
                "[[first:Сұңқар]]: «менің ағам [[first:Ғалымжан]] жеңгемді алып қашқан, қазір 3 баласы бар, happy ending» 🤷",
            ),
            (
                2,
                ["insight"],
                "сұрадым: жеңгеңнен сұрадың ба? → тыныштық 🤐 [[first:Әли]]: «lowkey ол қаламаған ғой енді»",
            ),
            (
                3,
                ["resistance"],
                "[[first:Алмас]] пен [[first:Мирас]] вообще «қыз келісім берсе — ол алып қашу емес» деп 20 мин тартысты 🙄",
            ),
            (
                4,
                ["insight"],
                "{{ҚР Қылмыстық кодексінің 125-бабы}} көрсеттім 📜 адам ұрлау! [[first:Әлидің|Әли]] көзі шықты 😳",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Алмастың|Алмас]] немере қарындасы [[first:Аружан]] (16) — ауылдағы бір жігіт [[name:Ерболат Сәрсенов]] «алып қашам» деп жазып жүр, көлігі ақ Приора [[plate:417 ATK 11]] ‼️",
            ),
            (
                6,
                ["referral"],
                "→ {{111}} қоңырау шалдық [[first:Алмас]] екеуміз. мектеп психологы [[first:Гүлмира]] апайға да айттым ✅",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Темірлан Сапаров", "Асылхан Қуанышев", "Ерназар Бекмұханов", "Ержігіт Нұрланов", "Диас Абенов"],
        [
            (0, [], "үйдегі зорлық. heavy topic 😶 [[first:Диас]] сабақтан ерте кетті."),
            (
                1,
                ["quote"],
                "[[first:Ерназар]]: «әкем анамды ұрмайды, тек айқайлайды. это не считается ғой?» 🤔",
            ),
            (
                2,
                ["insight"],
                "түрлері: физ, вербал, ақша, emotional. [[first:Асылхан]]: «wait ақша да ма?? ну тогда менің әкем...» — ашылды 💡",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Диасқа|Диас]] кейін тг-да жаздым [[handle:@dias_abn]] — білегінде көгерген жер болды. «велосипедтен құладым» дейді 🚩🚩",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Диастың|Диас]] мекенжайы журнал бойынша: [[address:Жахаев көшесі 24, 5-пәтер]], ЖСН [[iin:080512501347]] (соц педагог берді)",
            ),
            (
                5,
                ["referral"],
                "{{150}} нөмірін бәріне бердім + [[first:Диас]] үшін ювеналды полиция [[name:Қалиев Н.]] 📞 [[phone:8 705 341 92 60]]",
            ),
            (
                6,
                ["resistance"],
                "[[first:Ержігіт]]: «отбасы ісі отбасында қалу керек, бөтен адам араласпасын» 😤 [[first:Темірлан]] келісті",
            ),
            (
                7,
                [],
                "соңында {{Абайдың}} «{{Адам бол!}}» дегенін оқыдым. [[first:Темірлан]] cringe деді бірақ тыңдады 😂",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Бекзат Исаев", "Нұрсұлтан Жұмабай", "Әділ Серікұлы", "Ислам Жанұзақов"],
        [
            (
                0,
                [],
                "қызғаныш & control 📱 red flags тақырыбы. [[first:Бекзат]]: «менің қызым менің телефонымды тексереді, normal ғой»",
            ),
            (
                1,
                ["quote"],
                "[[first:Әділ]] скрин көрсетті (рұқсатпен): «[[nick:Әдішка|Әділ]] қайдасың?? неге 2-де онлайн болдың?? кіммен сөйлестің айт қазір 😡😡» — [[first:Мөлдір]]-ден",
            ),
            (
                2,
                ["insight"],
                "[[first:Ислам]]: «ол маған осылай жазса — toxic, ал мен жазсам — қамқорлық» 😂 бәрі күлді бірақ түсінді",
            ),
            (
                3,
                ["resistance"],
                "[[first:Нұрсұлтан]]: «жасыратын ештеңе болмаса, қыз паролін беру керек» 🙄 literally 10 мин дауласты",
            ),
            (
                4,
                ["quote"],
                "{{Мейірім}} — [[first:Бекзат]] плакатқа осылай жазды: «мейірім бақылау емес» 🥹 proud",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Нұрсұлтанның|Нұрсұлтан]] фейк аккаунты бар екен, бұрынғы қызын аңду үшін: [[link:instagram.com/aru.kzo_2006]] 😬 сөйлесу керек",
            ),
            (6, [], "келесіде {{Ирина Кайратовна}} клипін көрсетем, жігіттерге ұнайды 😎"),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Жандос Әбдірахманов", "Ербол Сейілов", "Ақниет Құрманов", "Ернұр Қасымов"],
        [
            (
                0,
                [],
                "ерте неке + ақша 💸 [[first:Ербол]] келмеді, [[first:Ернұр]] досы [[first:Азатты|Азат]] ертіп келді (тізімде жоқ)",
            ),
            (
                1,
                ["quote"],
                "[[first:Ақниет]]: «қалың мал — бұл қызға құрмет, bro» 💰 [[first:Жандос]] келіспеді",
            ),
            (
                2,
                ["insight"],
                "{{ҚР Неке және отбасы туралы кодексі}} — 18 жас. [[first:Азат]]: «seriously? менің апам 17-де тұрмысқа шықты ғой» 😳",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Азаттың|Азат]] апасы [[first:Самал]] — туған күні [[dob:30.01.2007]], қазір жүкті, күйеуі [[name:Берік Омаров]] ұрады деген сөз бар 😟",
            ),
            (
                4,
                ["referral"],
                "→ {{«Жан» кризистік орталығы}}, [[first:Самал]] үшін. [[first:Азатқа|Азат]] нөмір бердім.",
            ),
            (
                5,
                ["quote"],
                "{{Алтын}} сырға, қалың, той — [[first:Жандос]]: «бәрі instagram үшін, той 50 млн, кейін несие 15 жыл» 💀 facts",
            ),
            (
                6,
                ["resistance"],
                "[[first:Ернұр]]: «ер адам ақша тапса болды, әйел үйде отырсын» 🙄 old school vibe",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Нұрасыл Әбенов", "Мағжан Досанов", "Абылай Оспанов", "Ерсұлтан Кенжеғалиев", "Бауыржан Тілеуов"],
        [
            (
                0,
                [],
                "әке вахтада 🛢️ бестің үшеуінің әкесі {{Құмкөл}}де вахтада. [[first:Абылай]] literally әкесін айына 2 апта көреді",
            ),
            (
                1,
                ["quote"],
                "[[first:Мағжан]]: «әкем үйге келсе — бәрі тым-тырыс, ол бастық. кетсе — relief» 😶",
            ),
            (
                2,
                ["insight"],
                "[[first:Абылай]]: «әкем {{Абылай хан}} сияқты бол дейді, яғни қатал бол». 🤯 ер = қаталдық емес",
            ),
            (3, ["quote"], "{{Мағжан Жұмабаев}} өлеңін [[first:Мағжан]] өзі оқыды — аты бірдей, vibe ✨"),
            (
                4,
                ["follow-up"],
                "[[first:Ерсұлтан]] — әкесі [[name:Кенжеғалиев Серік]] 6 ай үйге келмеген, ақша жібермейді, анасы қарызға батқан. анасының ватсабы [[phone:+7 776 204 58 13]]",
            ),
            (
                5,
                ["resistance"],
                "[[first:Бауыржан]]: «әке ақша тапса — жақсы әке. сезім керек емес» ... [[first:Нұрасыл]]: «bro, сен әкеңді сағынбайсың ба?» 🥲",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Ерасыл Жақсылықов", "Нұрдәулет Сейітов", "Ақжол Мұратұлы", "Диас Абенов"],
        [
            (
                0,
                [],
                "соңғы сабақ 🥹 [[first:Ерасыл]], [[nick:Нұрик]], [[first:Ақжол]], [[first:Диас]] — бәрі келді!!",
            ),
            (
                1,
                ["quote"],
                "[[nick:Ера]]: «бірінші күні cringe дедім, сорри апай, бұл actually керек болды» 🫶",
            ),
            (
                2,
                ["follow-up"],
                "[[first:Ақжолдың|Ақжол]] анасы [[name:Мұратова Гүлнар]] → {{«Жан» кризистік орталығы}}, қорғау нұсқамасы алынды ✅",
            ),
            (3, ["insight"], "[[first:Диас]]: «мен әкем сияқты болмаймын деп шештім». жылап жібердім ngl 😭"),
            (
                4,
                ["referral"],
                "[[first:Диастың|Диас]] ісін мектеп психологы [[first:Гүлмира]] апай жалғастырады. [[name:Қалиев Н.]]-ге хат жібердім [[email:n.kaliyev.police@mail.kz]]",
            ),
            (5, ["quote"], "[[first:Нұрдәулет]]: «{{Бақыт}} деген — үйге қорықпай келу» 💯"),
        ],
    ),
    # ---- Facilitator E (older Russian-speaking teacher in Petropavl): long formal sentences, full names with
    #      patronymics, "Surname I.O." and "I.O. Surname", names declined in every case, roster typed surname-first
    (
        "ru",
        "Петропавловск",
        [
            "Кравченко Денис Олегович",
            "Сейткали Арман Ерланович",
            "Шевчук Илья Андреевич",
            "Мухамедьяров Тимур Рустамович",
            "Ляпин Максим Сергеевич",
        ],
        [
            (
                0,
                [],
                "Занятие начато в 15:10 в кабинете № 14; присутствовали пятеро обучающихся, из которых [[name:Ляпин Максим Сергеевич]] явился с опозданием на четверть часа, сославшись на занятость в спортивной секции.",
            ),
            (
                1,
                ["quote"],
                "На вопрос о том, что значит «быть мужчиной», [[name:Кравченко Д.О.]] ответил дословно: «Мужик должен терпеть и не ныть, а кто ноет — тот не мужик», после чего [[first:Тимур]] и [[first:Максим]] выразили согласие.",
            ),
            (
                2,
                ["insight"],
                "Весьма отрадно отметить, что [[name:Арман Сейткали]] самостоятельно сформулировал мысль о том, что «коробка» не оставляет места для чувств, и привёл в пример собственного деда, который, по его словам, ни разу в жизни не сказал бабушке доброго слова.",
            ),
            (
                3,
                ["resistance"],
                "[[name:Шевчук И.А.]] на протяжении всего занятия демонстрировал пренебрежительное отношение к теме, неоднократно повторяя, что «это всё западные выдумки», и отказался участвовать в упражнении.",
            ),
            (
                4,
                ["quote"],
                "{{Слава}}, по словам [[first:Тимура|Тимур]], — это «когда тебя уважают во дворе»; я обратила внимание ребят на то, что уважение и страх суть вещи разные.",
            ),
            (
                5,
                ["follow-up"],
                "Считаю необходимым в ближайшее время побеседовать с матерью [[name:Мухамедьярова Т.Р.|Мухамедьяров Т.Р.]], [[name:Мухамедьяровой Гульнарой Маратовной|Мухамедьярова Гульнара Маратовна]], поскольку со слов сына отец длительное время злоупотребляет спиртным; контактный телефон: [[phone:8 (7152) 46-18-03]].",
            ),
            (
                6,
                [],
                "Занятие окончено в 16:40. {{Петропавловск}}, общеобразовательная школа (номер указан в журнале).",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        [
            "Гончаренко Виталий Игоревич",
            "Байтасов Ерлан Куанышевич",
            "Рахимов Данил Ильдарович",
            "Пономарёв Кирилл Витальевич",
        ],
        [
            (
                0,
                [],
                "Тема занятия — насилие в семье; предварительно я предупредила обучающихся о том, что никто не обязан рассказывать о личном и что всё сказанное остаётся в стенах кабинета.",
            ),
            (
                1,
                ["quote"],
                "[[name:Рахимов Данил]], помолчав, сказал: «У нас дома отец маму не бьёт, он просто с ней не разговаривает неделями», — и, как мне показалось, сам удивился своим словам.",
            ),
            (
                2,
                ["insight"],
                "Обсудили виды насилия, предусмотренные {{Законом РК «О профилактике бытового насилия»}}; [[name:Байтасов Е.К.]] заметил, что не знал о существовании экономического насилия, хотя, по его словам, «у нас так полподъезда живёт».",
            ),
            (
                3,
                ["follow-up"],
                "После занятия [[name:Пономарёв Кирилл Витальевич]] задержался и сообщил, что отчим, [[name:Сидоренко Анатолий Петрович]], в состоянии опьянения поднимает руку на мать и младшую сестру [[first:Полину|Полина]]; проживают по адресу [[address:ул. Жамбыла, д. 61, кв. 27]].",
            ),
            (
                4,
                ["referral"],
                "Незамедлительно поставлен в известность социальный педагог [[name:Т.В. Ерёменко]], а также рекомендован телефон доверия {{150}}; матери [[first:Кирилла|Кирилл]] передан контакт {{Кризисного центра «Надежда»}}.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Гончаренко В.И.]] высказал мнение, что «если жена довела — сама виновата», на что я сочла нужным возразить самым решительным образом.",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        [
            "Оспанов Нурлан Бауыржанович",
            "Жакупов Алибек Серикович",
            "Лукин Артём Дмитриевич",
            "Есенов Дамир Асканович",
            "Белоусов Никита Романович",
        ],
        [
            (
                0,
                [],
                "Сегодняшнее занятие было посвящено так называемому «похищению невесты» и ранним бракам; тема, как выяснилось, для наших северных краёв не столь чужая, как мне представлялось.",
            ),
            (
                1,
                ["quote"],
                "[[name:Жакупов Алибек]] рассказал, что его старшего брата, [[name:Жакупова Мурата Сериковича|Жакупов Мурат Серикович]], «женили» именно таким образом три года назад в ауле под {{Булаево}}, и добавил: «Ну а что, живут же».",
            ),
            (
                2,
                ["insight"],
                "[[name:Лукин А.Д.]] и [[name:Белоусов Н.Р.]] были искренне поражены; [[first:Никита]] задал очень точный вопрос: «А если она не хотела — это ведь похищение человека?» — и тем самым подвёл группу к статье {{125 УК РК}}.",
            ),
            (
                3,
                ["resistance"],
                "[[name:Есенов Дамир Асканович]] счёл всё это «традицией, которую городские не понимают», и на протяжении получаса спорил со мной, не повышая, впрочем, голоса.",
            ),
            (
                4,
                ["follow-up"],
                "Со слов [[first:Нурлана|Нурлан]] ([[name:Оспанов Н.Б.]]), его двоюродной сестре [[name:Оспановой Айгерим|Оспанова Айгерим]], [[dob:07.11.2008]] г.р., уже подыскивают жениха; считаю своим долгом сообщить об этом классному руководителю [[name:Г.К. Смагуловой|Г.К. Смагулова]].",
            ),
            (
                5,
                [],
                "Рекомендовала ребятам к прочтению повесть {{Чингиза Айтматова}} «{{Джамиля}}»; [[first:Артём]] пообещал прочитать её к следующей встрече.",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        [
            "Кузнецов Егор Алексеевич",
            "Тулегенов Санжар Маратович",
            "Фомин Вячеслав Игоревич",
            "Абдрахманов Руслан Ерикович",
        ],
        [
            (
                0,
                [],
                "Тема — ревность и контроль в отношениях; обучающиеся поначалу отнеслись к ней с иронией, однако к середине занятия разговор стал весьма откровенным.",
            ),
            (
                1,
                ["quote"],
                "[[name:Фомин Вячеслав]] (ребята зовут его [[nick:Славой|Слава]]) зачитал, с разрешения, сообщение от своей девушки: «[[nick:Славик]], ты где был с 8 до 10?? Кто такая [[first:Ксюша]] у тебя в друзьях? Удали её, или мы расстаёмся», — и спросил, нормально ли это.",
            ),
            (
                2,
                ["insight"],
                "[[name:Тулегенов С.М.]] высказал мысль, которую я считаю ключевой: «Если проверяешь телефон — значит, уже не доверяешь, а без доверия какая любовь?» Я напомнила ребятам, что недаром {{Вера}}, {{Надежда}} и {{Любовь}} стоят в нашем языке рядом.",
            ),
            (
                3,
                ["resistance"],
                "[[name:Кузнецов Е.А.]] настаивал на том, что «девушка обязана отчитываться, где она и с кем», и привёл в пример собственного отца, [[name:Кузнецова Алексея Викторовича|Кузнецов Алексей Викторович]], который, по словам сына, «держит мать в ежовых рукавицах».",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Руслан]] ([[name:Абдрахманов Р.Е.]]) признался, что установил на телефон своей девушки, [[first:Дианы|Диана]], приложение для отслеживания геолокации; считаю необходимым провести с ним отдельную беседу в присутствии школьного психолога [[name:Н.А. Ковалёвой|Н.А. Ковалёва]].",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        [
            "Иманбаев Даурен Болатович",
            "Захаров Павел Николаевич",
            "Смагулов Айдос Ерланович",
            "Ткаченко Богдан Васильевич",
            "Нуржанов Алишер Маратович",
        ],
        [
            (
                0,
                [],
                "Тема — отцы, работающие вахтовым методом или уехавшие на заработки в {{Россию}}; из пяти присутствовавших у троих отцы подолгу отсутствуют дома.",
            ),
            (
                1,
                ["quote"],
                "[[name:Захаров Павел]] сказал с горечью: «Отец присылает деньги и думает, что этого достаточно; я его последний раз видел на Новый год», — и больше в тот день не высказывался.",
            ),
            (
                2,
                ["insight"],
                "[[name:Смагулов А.Е.]] заметил, что в отсутствие отца «главным мужчиной» в доме считают его, хотя ему всего шестнадцать лет, и что это, по его словам, «тяжело, но никто не спрашивает».",
            ),
            (
                3,
                ["follow-up"],
                "Мать [[name:Ткаченко Богдана|Ткаченко Богдан]], [[name:Ткаченко Оксана Владимировна]], обратилась ко мне с просьбой помочь в получении алиментов: отец, [[name:Ткаченко Василий Степанович]], проживает в {{Омске}}, паспорт (со слов матери) [[passport:N 14059823]], на связь не выходит; её телефон [[phone:+7 777 318 52 09]].",
            ),
            (
                4,
                ["referral"],
                "Рекомендовала обратиться за бесплатной юридической помощью; номер {{111}} продиктовала [[name:Оксане Владимировне|Оксана Владимировна]] лично.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Иманбаев Д.Б.]] высказался в том духе, что «мужчина обязан обеспечивать, а воспитание — дело женское», с чем [[first:Алишер]] решительно не согласился.",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        [
            "Кравченко Денис Олегович",
            "Сейткали Арман Ерланович",
            "Пономарёв Кирилл Витальевич",
            "Лукин Артём Дмитриевич",
        ],
        [
            (
                0,
                [],
                "Заключительное занятие цикла; присутствовали [[name:Кравченко Д.О.]], [[name:Сейткали А.Е.]], [[name:Пономарёв К.В.]] и [[name:Лукин А.Д.]], что я расцениваю как хороший результат.",
            ),
            (
                1,
                ["quote"],
                "[[first:Денис]], который на первом занятии утверждал, что «мужик не ноет», сегодня сказал: «Я бы хотел, чтобы мой сын мог мне всё рассказать, а не как я своему отцу».",
            ),
            (
                2,
                ["insight"],
                "{{Арман}} по-казахски означает «мечта»; [[first:Арман]] сам предложил это слово в качестве названия итогового плаката, и группа единогласно его поддержала.",
            ),
            (
                3,
                ["follow-up"],
                "По [[first:Кириллу|Кирилл]]: мать с младшей дочерью [[first:Полиной|Полина]] переехала к бабушке; отчим [[name:Сидоренко А.П.]] предупреждён участковым инспектором капитаном [[name:Мусиным Р.Т.|Мусин Р.Т.]].",
            ),
            (
                4,
                ["quote"],
                "[[first:Артём]] прочитал «{{Джамилю}}», как и обещал, и сказал, что «{{Данияр}} там единственный настоящий мужчина», чем меня весьма порадовал.",
            ),
            (
                5,
                [],
                "Благодарю коллег за содействие; отчёт будет направлен в отдел образования {{Петропавловска}} до конца месяца.",
            ),
        ],
    ),
    # ---- Facilitator F (English-speaking volunteer from abroad in Karakol): casual English, lol/w//thru,
    #      misspells local names several ways (Chyngyz/Chingiz/Chingis, Aibek/Aybek/Ibek), relies on a translator
    (
        "en",
        "Karakol",
        ["Chyngyz Asanov", "Aibek Toktomushev", "Nurlan Dzhumaliev", "Temirlan Usenov", "Bakai Mamyrov"],
        [
            (
                0,
                [],
                "first session in {{Karakol}}!! 5 guys showed up. my translator [[first:Aizhan]] helped a ton. [[first:Chingiz]] (sp? roster says [[first:Chyngyz]]) was super chatty.",
            ),
            (
                1,
                ["quote"],
                "[[first:Aybek]]: 'a real man doesn't cry, my dad says that every day.' (translated by [[first:Aizhan]])",
            ),
            (
                2,
                ["insight"],
                "man box went well - [[first:Nurlaan]] added 'must feed the family', [[first:Temerlan]] added 'never ask for help'. great discussion.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Bakay]] laughed thru the whole thing, kept calling it 'american stuff'. fair point maybe lol but still.",
            ),
            (
                4,
                ["quote"],
                "{{Hope}} was the word on the board at the end. [[first:Ibek]] (i think thats [[first:Aibek]]?? need to check) said hope = 'leaving for Moscow'. oof",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Nurlan]]'s older brother [[first:Ulan]] apparently hits him. [[first:Nurlan]] gave me his number [[phone:+996 700 58 21 94]] - follow up w/ [[first:Aizhan]] translating.",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        ["Kubanychbek Sadykov", "Azamat Zhusupov", "Erlan Abdykadyrov", "Marat Orozaliev"],
        [
            (
                0,
                [],
                "topic: ala kachuu (bride kidnapping). heavy. [[first:Kubanichbek]] - everyone calls him [[nick:Kuba]] - said his parents met that way.",
            ),
            (
                1,
                ["quote"],
                "[[first:Asamat]]: 'if she stays after one night, she agreed.' ([[first:Aizhan]] hesitated to translate this one)",
            ),
            (
                2,
                ["insight"],
                "showed them {{Article 175 of the Criminal Code}} - [[first:Erlan]] had no idea it can mean up to 10 yrs.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Marat]] and [[nick:Kuba]] argued it's 'tradition, like {{Manas}}'. i said i don't remember that part of the epic. [[first:Aizhan]] laughed.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Yerlan]] (= [[first:Erlan]], sorry) told me after: his cousin [[first:Begimai]] (17) got grabbed last month by a guy from the next village, [[name:Almaz Kenjebaev]], black Lexus plate [[plate:02KG 884 BAA]]. she's at her aunt's now.",
            ),
            (
                5,
                ["referral"],
                "called the crisis center w/ [[first:Aizhan]]. they know [[first:Begimai]]'s case already. also gave everyone {{111}}.",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        [
            "Daniyar Beishenaliev",
            "Adilet Mukanbetov",
            "Zhyrgalbek Osmonaliev",
            "Eldiyar Karybaev",
            "Sultan Imanaliev",
        ],
        [
            (
                0,
                [],
                "session 3, domestic violence. [[first:Jyrgalbek]] (roster: [[first:Zhyrgalbek]]) came with his little cousin, who we sent home, too young.",
            ),
            (
                1,
                ["quote"],
                "[[first:Daniar]]: 'my father only hits when he drinks. so its the vodka not him.' a lot of nodding.",
            ),
            (
                2,
                ["insight"],
                "[[first:Eldiar]] said something big: 'my mom covers her bruises with makeup before school meetings'. the room went quiet.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Eldiyar]]'s mom = [[name:Nazgul Karybaeva]], she's [[desc:the only pharmacist at the little pharmacy next to the bus station]]. address [[address:Toktogul St 212, apt 9]]. need to talk to school counselor [[name:Ainura Sydykova]].",
            ),
            (
                4,
                ["referral"],
                "gave [[first:Eldiyar]] the {{111}} helpline card, and the {{Peace Corps}} safety officer knows. [[first:Aizhan]] will call the mom in kyrgyz.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Sultan]] - 'family stuff stays in the family, outsiders (meaning me lol) shouldnt get involved.'",
            ),
            (
                6,
                ["quote"],
                "{{Will}} power was the word [[first:Adilet]] used: 'it takes will to not be like your father'. [[first:Adilet]] is 17.",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        ["Chyngyz Asanov", "Bektur Alymkulov", "Nursultan Sagynbaev", "Islam Temirov"],
        [
            (
                0,
                [],
                "jealousy + control, at the {{Issyk-Kul}} regional youth center this time. [[first:Chingis]] back again (3rd spelling, sorry [[first:Chyngyz]]!)",
            ),
            (
                1,
                ["quote"],
                "[[first:Bektur]] read a msg from his gf (with permission): '[[nick:Bekoo]] where are u?? who is [[first:Aliya]] in ur contacts. send me a video rn or we're done' - his gf is [[first:Saikal]].",
            ),
            (
                2,
                ["insight"],
                "[[first:Nursultan]]: 'if she checks my phone its love, if i check hers its also love.' then stopped and said 'wait'. lol growth.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Islam]] insisted girls should give passwords 'if they have nothing to hide'.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Nursultan]] admitted he watches his ex thru a fake account [[handle:@aigerim_fan_krk]] - talk to him 1on1.",
            ),
            (
                5,
                ["quote"],
                "{{Grace}} - [[first:Aizhan]] said there's no kyrgyz word exactly like it, we talked about 'kechirim' instead. [[first:Chyngyz]] said 'respect is the new cool' lol",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        ["Argen Toktorbaev", "Meder Asylbekov", "Ulukbek Seitkaziev", "Aktilek Nuraliev", "Emir Dzhakypov"],
        [
            (
                0,
                [],
                "fathers abroad. 4 of 5 have dads in Russia or Korea. [[first:Ulugbek]] ([[first:Ulukbek]] on the list) has a dad in Korea for 9 yrs.",
            ),
            (
                1,
                ["quote"],
                "[[first:Argen]]: 'my dad sends money and that's his job. the rest is mom's job.' [[first:Meder]] agreed.",
            ),
            (
                2,
                ["insight"],
                "[[first:Aktilek]] said his grandma runs the house and the money, dad calls only on holidays. he called himself 'the man of the house' at 15.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Emir]]'s mom [[name:Cholpon Dzhakypova]] asked if we can help with alimony - dad [[name:Ruslan Dzhakypov]] is in {{Yekaterinburg}}, remarried. her email [[email:cholpon.dz84@gmail.com]].",
            ),
            (
                4,
                ["referral"],
                "-> free legal aid, [[first:Aizhan]] will translate. also gave the {{111}} number again.",
            ),
            (
                5,
                ["quote"],
                "[[first:Medir]] (= [[first:Meder]]) at the end: 'when he comes back i want to tell him i'm angry. but i won't.'",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        ["Aibek Toktomushev", "Nurlan Dzhumaliev", "Kubanychbek Sadykov", "Eldiyar Karybaev"],
        [
            (
                0,
                [],
                "last session!! [[first:Aibek]], [[first:Nurlan]], [[nick:Kuba]], [[first:Eldiyar]] - everyone came. [[first:Aizhan]] brought boorsok.",
            ),
            (
                1,
                ["quote"],
                "[[first:Nurlon]]: 'my brother stopped hitting me after my mom talked to him.' so [[first:Ulan]] listened to his mom?? good news.",
            ),
            (
                2,
                ["insight"],
                "fatherhood talk - [[first:Kubanychbek]] said he wants to be a dad who tells stories to his kids, like the grandpa in {{The White Ship}} by {{Chingiz Aitmatov}}.",
            ),
            (
                3,
                ["follow-up"],
                "[[first:Eldiar]]'s mom [[name:Nazgul Karybaeva]] went to the crisis center, got a protection order. [[name:Ainura Sydykova]] (counselor) following up.",
            ),
            (
                4,
                ["referral"],
                "handing my notes to the next volunteer [[name:Sarah Whitfield]] [[email:s.whitfield.pcv@gmail.com]] - she'll keep [[first:Eldiyar]] + [[first:Nurlan]] cases.",
            ),
            (
                5,
                ["quote"],
                "[[first:Aybek]]: 'I want to be like {{Przhevalsky}}, explore the world, but come home'. lol ok.",
            ),
        ],
    ),
]
