# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
"""Fifteenth set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Талантбек Осмонов, football/wrestling coach, Нарын/Ат-Башы/Кочкор): Kyrgyz with Russian
    # slang ("короче", "норм", "жесть"), lower-case sentence starts, every name with its Kyrgyz case ending,
    # байке/эже attached, phones as 0555-style, ru workshop
    (
        "ru",
        "Нарын",
        ["Азамат Токтосунов", "Бекболот Жумалиев", "Эрлан Сыдыков", "Нурбек Асанов", "Данияр Кадыралиев"],
        [
            (
                0,
                [],
                "короче бугун 5 пацан келди, спортзалда отурдук. [[first:Азамат]], [[first:Бекболот]], [[first:Эрлан]], [[first:Нурбек]], [[first:Данияр]]. тема: эркек болуу деген эмне",
            ),
            (
                2,
                ["quote"],
                "[[first:Бекболоттун|Бекболот]] сөзү: «ыйлаган жигит эркек эмес». пацандар күлүштү, мен токтоттум",
            ),
            (
                4,
                ["insight"],
                "[[first:Эрланга|Эрлан]] кыйын болду: атасы {{Россияда}} 3 жыл, апасы жалгыз. «мен үйдүн эркеги болушум керек» дейт, 16 жашта, жесть",
            ),
            (
                5,
                ["resistance"],
                "[[first:Нурбек]] бою телефонду карап отурду, типа кызыкпайт. эки жолу эскертүү бердим",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Азаматтын|Азамат]] агасы [[name:Руслан Токтосунов]] колледжде окуйт, ал да келгиси келет. тел [[phone:0555 41 27 93]]",
            ),
            (
                11,
                [],
                "жыйынтык норм. {{Манас}} эпосунан {{Семетей}} жөнүндө сөз болду, пацандарга жакты. кийинки жолу {{кок-бору}} машыгуусунан кийин чогулабыз",
            ),
        ],
    ),
    (
        "ru",
        "Нарын",
        ["Айбек Мамытов", "Самат Бообеков", "Жоомарт Усенов", "Нурсултан Эсенгулов"],
        [
            (
                0,
                [],
                "4 эле келди, калганы {{кок-бору}} турнирине кетиптир. [[first:Айбек]], [[first:Самат]], [[first:Жоомарт]], [[first:Нурсултан]]",
            ),
            (
                3,
                ["quote"],
                "[[first:Жоомарттын|Жоомарт]] айтканы: «кыз ала качуу - бул салт, атам да апамды ошентип алган». кыйын тема, бирок ачык сүйлөдү",
            ),
            (
                4,
                ["insight"],
                "[[first:Саматка|Самат]] суроо бердим, ал «апам макул болбосо, бул уурдоо» деди. красава",
            ),
            (
                6,
                ["referral"],
                "сабактан кийин [[first:Айбек]] айтып калды, эжеси [[name:Мамытова Гүлнара]] 17 жашында ала качылган, азыр [[address:Нарын ш., Ленин көчөсү 112, 4-кв.]] турат. {{111}} жана {{Сезим}} борборунун номерин бердим",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Нурсултанды|Нурсултан]] жеке чакырыш керек, атасы [[name:Эсенгулов Марат]] ичет дейт. атасынын тел [[phone:+996 700 58 14 26]]",
            ),
            (11, [], "{{Айтматовдун}} {{«Жамийла»}} повестин окугула дедим, эки пацан окуйбуз деди. норм"),
        ],
    ),
    (
        "ru",
        "Ат-Башы",
        [
            "Улукбек Абдыкеримов",
            "Эмир Сатыбалдиев",
            "Канат Шаршеев",
            "Бакыт Дуйшеналиев",
            "Арстан Качкынбаев",
        ],
        [
            (
                0,
                [],
                "{{Ат-Башы}}, мектептин спортзалы. [[first:Улукбек]], [[first:Эмир]], [[first:Канат]], [[first:Бакыт]] жана [[first:Арстан]]. [[first:Бакытты|Бакыт]] пацандар «[[nick:Балбан]]» деп коюшат",
            ),
            (
                2,
                ["quote"],
                "[[nick:Балбан]]: «аял киши акча тапса, эркекти сыйлабай калат». башкалары макул болушту, кыйын",
            ),
            (
                4,
                ["insight"],
                "[[first:Эмирдин|Эмир]] апасы {{Москвада}} иштейт, атасы үйдө балдарды карайт. «биздин үйдө баары тескерисинче, бирок {{бакыт}} бар» деди. класс",
            ),
            (5, ["resistance"], "[[first:Канаттан|Канат]] башка эч нерсе чыкпады, «мага баары бир» дейт"),
            (
                7,
                ["follow-up"],
                "[[first:Арстанга|Арстан]] справка керек экен, документтери: ПИН [[iin:21406200800517]], паспорт [[passport:ID 2214587]]. [[name:Гүлзат эже|Гүлзат]] (мектептин соцпедагогу) жардам берет",
            ),
            (11, [], "кийинки жолу {{Ат-Башы}} айыл өкмөтүнүн залында, саат 15:00дө"),
        ],
    ),
    (
        "ru",
        "Ат-Башы",
        ["Эрмек Токоев", "Тилек Жолдошбеков", "Адилет Маматов", "Кубанычбек Осконбаев"],
        [
            (
                0,
                [],
                "бүгүн 4 жигит: [[first:Эрмек]], [[first:Тилек]], [[first:Адилет]], [[first:Кубанычбек]]. тема ичимдик",
            ),
            (
                3,
                ["quote"],
                "[[first:Тилектин|Тилек]] айтканы: «тойдо ичпесең, сени сыйлабай калышат». реально ушундай дешти баары",
            ),
            (
                4,
                ["insight"],
                "[[first:Адилетке|Адилет]] атасы ичкенде апасын урат экен. {{111}} номерин жазып бердим, тынч эле кабыл алды",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Адилеттин|Адилет]] апасы [[name:Маматова Айнура Сапаровна]], [[desc:Ат-Башыдагы жалгыз аял таксист]], мага жолугам деди. тел [[phone:0(772) 45-18-63]]",
            ),
            (8, ["resistance"], "[[first:Кубанычбек]] «бул шаардык темалар, бизде мындай жок» деп отурду"),
            (
                9,
                [],
                "машинанын номери [[plate:05 417 ABM]], [[first:Эрмектин|Эрмек]] агасы [[name:Токоев Замир]] бизди Нарынга жеткирип коёт",
            ),
            (11, [], "{{Арман}} деген мейманкананын залында отурдук, кийинки жолу да ошол жерде. жакшы өттү"),
        ],
    ),
    (
        "ru",
        "Кочкор",
        [
            "Исламбек Сагынбаев",
            "Мирлан Абакиров",
            "Темирлан Жусупов",
            "Алмаз Бектурганов",
            "Чыңгыз Муратбеков",
        ],
        [
            (
                0,
                [],
                "Кочкор, спорт мектеп. катышты: [[first:Исламбек]], [[first:Мирлан]], [[first:Темирлан]], [[first:Алмаз]], [[first:Чыңгыз]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Мирландын|Мирлан]] сөзү: «кызым болсо 18ге чейин турмушка бербейм». пацандар кол чапты",
            ),
            (
                3,
                ["insight"],
                "[[first:Чыңгызга|Чыңгыз]] {{Айтматовдун}} аты коюлган деди, чоң атасы атаган. китептерин окубаптыр))",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Темирландын|Темирлан]] туулган күнү [[dob:03.11.2007]], сертификат үчүн. почтасы [[email:temirlan.jusupov07@gmail.com]]",
            ),
            (
                6,
                ["resistance"],
                "[[first:Алмазды|Алмаз]] досу [[nick:Шайтан]] деген кличка менен жүрөт, ошол бала сабакка келбегиле деп жатыптыр. [[nick:Шайтан]] 19да, иштебейт",
            ),
            (11, [], "жыйынтык: {{Кочкор}} группасы күчтүү. [[name:Жыпар эжеке|Жыпар]] чай берди, рахмат"),
        ],
    ),
    (
        "ru",
        "Кочкор",
        ["Нурэл Сейитказиев", "Бектур Асылбеков", "Жанболот Тагаев"],
        [
            (
                0,
                [],
                "аз келишти, 3 эле: [[first:Нурэл]], [[first:Бектур]], [[first:Жанболот]]. кар жаап жол жабылды",
            ),
            (
                2,
                ["quote"],
                "[[first:Бектурдун|Бектур]] айтканы: «аялым иштесе мен уялам». [[first:Нурэлге|Нурэл]] «эмнеге уяласың» деп сурады, мыкты диалог болду",
            ),
            (
                5,
                ["insight"],
                "[[first:Жанболоттун|Жанболот]] атасы {{Казакстанда}} курулушта. акча [[card:9417 0012 4478 3305]] картасына келет экен, апасы алат",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Жанболот]] менен жеке сүйлөшүү. телеграм [[handle:@janbolot_kg05]], тел [[phone:+996 (555) 903 214]]",
            ),
            (
                11,
                [],
                "{{Манас}} ата жөнүндө сүйлөштүк: «баатыр болуу = үйдө зордук кылбоо». [[first:Бектур]] ушундай деп жазды доскага, супер",
            ),
        ],
    ),
    (
        "ru",
        "Нарын",
        ["Айдар Кулубаев", "Курманбек Тологонов", "Акылбек Сарыбаев", "Эламан Турдубаев"],
        [
            (
                0,
                [],
                "Нарын, жаштар борбору. [[first:Айдар]], [[first:Курманбек]], [[first:Акылбек]], [[first:Эламан]]. [[name:Талант байке|Талант]] (директор) залды ачып берди",
            ),
            (
                3,
                ["quote"],
                "[[first:Курманбектин|Курманбек]] сөзү: «эркек үйдө башкы, аял тил алыш керек». ачык эле айтты",
            ),
            (
                4,
                ["insight"],
                "[[first:Акылбекке|Акылбек]] жакшы суроо берди: «атам апамды урса, мен эмне кылам?» {{102}} жана {{111}} жазып бердим",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Акылбектин|Акылбек]] дареги [[address:Нарын ш., Раззаков көч. 27]], атасы [[name:Сарыбаев Нурлан]]. соцкызматка айтыш керек",
            ),
            (
                8,
                ["resistance"],
                "[[first:Эламанды|Эламан]] пацандар «[[nick:Мышык]]» дешет, ал ачууланып чыгып кетти. кийин кайра келди",
            ),
            (
                9,
                [],
                "[[first:Айдардын|Айдар]] инстасы [[link:instagram.com/aidar.kulubaev]], ал жерге видео салам деди, мен уруксат бербедим",
            ),
            (11, [], "{{Нарын}} дарыясынын жээгинде футбол ойноп бүтүрдүк. {{бакыт}} деген ушу да"),
        ],
    ),
    # ---- Facilitator B (Dilnoza Yusupova, mahalla youth worker, Namangan/Chust/Kosonsoy): Uzbek Latin with o' g'
    # typed as o' o` o‘ at random, -aka/-opa joined with a hyphen, Russian words in Latin letters ("koroche",
    # "prosto"), phones +998 in every shape, JShShIR and passports for certificates, ru workshop
    (
        "ru",
        "Namangan",
        ["Jasurbek Mirzaev", "Sardor Yo'ldoshev", "Otabek Rahimov", "Doniyor Qodirov", "Shohruh Tursunov"],
        [
            (
                0,
                [],
                "Bugun {{Do'stlik}} mahallasida 5 ta yigit: [[first:Jasurbek]], [[first:Sardor]], [[first:Otabek]], [[first:Doniyor]], [[first:Shohruh]]. Mavzu: erta nikoh",
            ),
            (
                2,
                ["quote"],
                "[[first:Sardorning|Sardor]] gapi: «qizni 18 dan oldin uzatish - ota-onaning haqqi». koroche hamma jim bo'lib qoldi",
            ),
            (
                3,
                ["insight"],
                "[[first:Jasurbekka|Jasurbek]] savol berdim, u «singlimni 16 da unashtirishdi, u yig'ladi» dedi. {{umid}} bor, u o'zgaryapti",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Otabekning|Otabek]] akasi [[name:Rahimov Baxtiyor]] Rossiyada, pul [[card:9860 1201 4455 7310]] kartaga keladi. onasi bilan gaplashish kerak, tel [[phone:+998 93 512 47 08]]",
            ),
            (7, ["resistance"], "[[first:Doniyor]] prosto kulib o'tirdi, «bu ayollarning gapi» dedi"),
            (
                11,
                [],
                "Yakun: {{Alisher Navoiy}} she'ridan o'qidik, yigitlarga yoqdi. Keyingi safar juma kuni soat 16:00 da",
            ),
        ],
    ),
    (
        "ru",
        "Namangan",
        ["Ulug'bek Karimov", "Bahodir Xolmatov", "Islom Nazarov", "Javohir Ergashev"],
        [
            (
                0,
                [],
                "4 kishi keldi: [[first:Ulug'bek]], [[first:Bahodir]], [[first:Islom]], [[first:Javohir]]. [[name:Nodira-opa|Nodira]] (mahalla raisi) xona berdi",
            ),
            (
                2,
                ["quote"],
                "[[first:Bahodirning|Bahodir]] gapi: «xotin erining ruxsatisiz ishlamasligi kerak». [[first:Javohir]] qarshi chiqdi, zo'r",
            ),
            (
                4,
                ["insight"],
                "[[first:Islomga|Islom]] dadasi ichib kelsa onasini uradi ekan. {{1146}} raqamini berdim va {{Ayollar qo'mitasi}} haqida aytdim",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Islomning|Islom]] manzili: [[address:Namangan sh., Navoiy ko'chasi 14-uy, 7-xonadon]]. dadasi [[name:Nazarov Anvar]], [[desc:Chorsu bozoridagi yagona temirchi]]",
            ),
            (
                8,
                ["resistance"],
                "[[first:Ulug'bekni|Ulug'bek]] bolalar «[[nick:Tulki]]» deb chaqirishadi, u mashg'ulotni buzmoqchi bo'ldi",
            ),
            (
                11,
                [],
                "{{Amir Temur}} haqidagi gap chiqdi: «kuch - adolatda». [[first:Javohir]] shuni yozib oldi",
            ),
        ],
    ),
    (
        "ru",
        "Chust",
        ["Asadbek Tojiboev", "Mirjalol Soliev", "Behzod Umarov", "Sanjar Abdullaev", "Umid Ismoilov"],
        [
            (
                0,
                [],
                "{{Chust}}, kollej zali. [[first:Asadbek]], [[first:Mirjalol]], [[first:Behzod]], [[first:Sanjar]], [[first:Umid]]. hammasi vaqtida keldi",
            ),
            (
                2,
                ["quote"],
                "[[first:Mirjalolning|Mirjalol]] gapi: «kelinni o`g`irlash - bu eski odat, hozir yo`q». [[first:Umidga|Umid]] «bizning qishloqda bor» dedi",
            ),
            (
                4,
                ["insight"],
                "[[first:Behzod]] Rossiyada ishlagan akasi haqida: «pulni yubordi, lekin bolalarini 3 yil ko'rmadi». voobshe og'ir gap",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Sanjarga|Sanjar]] sertifikat kerak: JShShIR [[iin:50712086540031]], pasport [[passport:AD 4518207]], tug'ilgan [[dob:12.07.2008]]",
            ),
            (
                7,
                ["referral"],
                "[[first:Asadbekning|Asadbek]] opasi [[name:Tojiboeva Maftuna]] erining uyida qiynalyapti. uning tel [[phone:(99) 876-40-12]], {{1146}} berdim",
            ),
            (11, [], "oxirida {{Bobur}} va {{«Boburnoma»}} haqida gapirdik. [[first:Mirjalol]] o`qigan ekan"),
        ],
    ),
    (
        "ru",
        "Chust",
        ["Abdulaziz Hamroqulov", "Diyorbek Sultonov", "Ibrohim Yoqubov", "Xurshid Mahmudov"],
        [
            (
                0,
                [],
                "Chust, mahalla guzari. 4 ta: [[first:Abdulaziz]], [[first:Diyorbek]], [[first:Ibrohim]], [[first:Xurshid]]",
            ),
            (
                3,
                ["quote"],
                "[[first:Diyorbekning|Diyorbek]] gapi: «qizning telefoni - yigitning nazoratida bo`lishi kerak». [[first:Ibrohim]] «bu rashk, sevgi emas» dedi",
            ),
            (
                4,
                ["insight"],
                "[[first:Xurshidga|Xurshid]] dadasi yo'q, u uyda yagona erkak. «men onamning ishini qilaman, uyalmayman» dedi. zo'r",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Abdulazizning|Abdulaziz]] tog'asi [[name:Hamroqulov Sherzod aka|Sherzod,Hamroqulov]] bizga mashinada yordam beradi: [[plate:50 A 417 KB]], tel [[phone:+998 (91) 360 15 74]]",
            ),
            (8, ["resistance"], "[[first:Diyorbek]] telefon o'ynab o'tirdi. ikki marta aytdim"),
            (
                11,
                [],
                "{{nur}} sochadigan yigitlar, koroche. keyingi safar {{Yoshlar ishlari agentligi}} vakili keladi",
            ),
        ],
    ),
    (
        "ru",
        "Kosonsoy",
        ["Azizbek Rustamov", "Oybek Qosimov", "Farrux Yusupov", "Temurbek Eshonqulov"],
        [
            (
                0,
                [],
                "{{Kosonsoy}}. [[first:Azizbek]], [[first:Oybek]], [[first:Farrux]], [[first:Temurbek]]. mavzu: otalik",
            ),
            (2, ["quote"], "[[first:Oybekning|Oybek]] gapi: «ota bolasini quchoqlamaydi, bu ayolning ishi»"),
            (
                4,
                ["insight"],
                "[[first:Temurbekka|Temurbek]] ismi {{Amir Temur}} sharafiga qo'yilgan. «Temur ham onasini hurmat qilgan» dedi, chiroyli gap",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Farruxning|Farrux]] telegrami [[link:t.me/farrux_yusupov_ks]], u yerga video yuboraman. pochta [[email:farrux.yusupov2007@mail.ru]]",
            ),
            (
                7,
                ["referral"],
                "[[first:Azizbek]] keyin qoldi: qo'shnisi [[name:Qosimova Dilfuza]] ni eri uradi. manzil [[address:Kosonsoy t., Mustaqillik ko'chasi 38-uy]]. {{1146}} ga qo'ng'iroq qilishni aytdim",
            ),
            (
                11,
                [],
                "yakun yaxshi. [[name:Rustam-aka|Rustam]] ([[first:Azizbekning|Azizbek]] dadasi) choy olib keldi",
            ),
        ],
    ),
    (
        "ru",
        "Namangan",
        [
            "Shoxjahon Odilov",
            "Muhammadali Toshpo'latov",
            "Elyor Sobirov",
            "Nurbek Xasanov",
            "Abbos Mamatqulov",
        ],
        [
            (
                0,
                [],
                "Namangan, {{Yoshlar markazi}}. [[first:Shoxjahon]], [[first:Muhammadali]], [[first:Elyor]], [[first:Nurbek]], [[first:Abbos]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Muhammadalining|Muhammadali]] gapi: «kelinni ko`rmasdan olish - bu baxt». hamma kuldi, lekin jiddiy aytdi",
            ),
            (
                3,
                ["insight"],
                "[[first:Elyor]]: «onam 16 da turmushga chiqqan, maktabni bitirmagan, hozir afsuslanadi»",
            ),
            (
                5,
                ["resistance"],
                "[[first:Abbosni|Abbos]] «[[nick:Bolta]]» deyishadi, u gapirmay o`tirdi, qo'llari ko'ksida",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Nurbekning|Nurbek]] tug'ilgan kuni [[dob:25.02.2008]], pasport [[passport:AB 7713026]]. onasi [[name:Xasanova Zulayho]], tel [[phone:93-455-21-09]]",
            ),
            (9, [], "[[first:Shoxjahonga|Shoxjahon]] {{Navoiy}} g'azalini o'qib berdi, hamma qarsak chaldi"),
            (11, [], "keyingi oy {{Peace Corps}} dan volontyor keladi, zo'r"),
        ],
    ),
    (
        "ru",
        "Chortoq",
        ["Jahongir Boboev", "Sherzodbek Aliev", "Ravshan Qurbonov"],
        [
            (
                0,
                [],
                "{{Chortoq}}, 3 ta yigit: [[first:Jahongir]], [[first:Sherzodbek]], [[first:Ravshan]]. yomg'ir yog'di",
            ),
            (
                2,
                ["quote"],
                "[[first:Ravshanning|Ravshan]] gapi: «migratsiyaga ketgan erkak - oilaning ustuni». [[first:Jahongirga|Jahongir]] «ustun uyda bo'lishi kerak» dedi",
            ),
            (
                4,
                ["insight"],
                "[[first:Sherzodbekning|Sherzodbek]] dadasi Qozonda, 5 yil uyga kelmagan. yig'lab yubordi, o'zim ham",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Sherzodbek]] onasi [[name:Alieva Gulchehra Toshmatovna]] bilan gaplashish. manzil [[address:Chortoq t., Bog'ishamol MFY, 5-tor ko'cha 11-uy]], tel [[phone:+998911234508]]",
            ),
            (
                11,
                [],
                "{{umid}} qilaman, keyingi safar ko'proq keladi. {{Chortoq}} sanatoriysi yonida uchrashamiz",
            ),
        ],
    ),
    # ---- Facilitator C (Зарина Рахимова, Tajik-Russian bilingual, Худжанд/Истаравшан/Исфара): Russian and Tajik
    # switching mid-sentence, Tajik letters ӣ ӯ ҳ ҷ қ ғ, -ҷон diminutives and -ро, Russian case endings on Tajik
    # names, ака/апа as separate words, phones +992 and Khujand city numbers, ru workshop
    (
        "ru",
        "Худжанд",
        ["Фаридун Саидов", "Шоҳрух Раҳимов", "Сӯҳроб Назаров", "Бехруз Каримов", "Далер Юсуфов"],
        [
            (
                0,
                [],
                "Группа в {{Хуҷанд}}, 5 нафар: [[first:Фаридун]], [[first:Шоҳрух]], [[first:Сӯҳроб]], [[first:Бехруз]], [[first:Далер]]. Мавзӯъ: мардонагӣ",
            ),
            (
                2,
                ["quote"],
                "[[first:Фаридун]] гуфт: «духтар бояд дар хона бошад». Я спросила почему, он: модарам ҳам ҳамин хел мегӯяд",
            ),
            (
                3,
                ["insight"],
                "[[first:Шоҳрухҷон|Шоҳрух]] удивил: сказал, что плакал, когда отец уехал в {{Россия}}, и не стыдится. Остальные помолчали, потом [[first:Далер]] тоже признался",
            ),
            (
                5,
                ["resistance"],
                "[[first:Сӯҳробро|Сӯҳроб]] пришлось два раза просить убрать телефон. Говорит «ин ҳама бекор»",
            ),
            (
                7,
                ["follow-up"],
                "С [[first:Бехрузом|Бехруз]] поговорить отдельно: отец [[name:Каримов Ҷамшед]] пьёт, мать молчит. Тел. матери [[phone:+992 92 771 40 35]]",
            ),
            (
                11,
                [],
                "В конце читали {{Рӯдакӣ}}: «Бӯи ҷӯи Мӯлиён». Ребятам зашло, особенно [[first:Фаридуну|Фаридун]]",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        ["Исмоил Ҳакимов", "Манучеҳр Азизов", "Комрон Шарипов", "Умед Раҷабов"],
        [
            (
                0,
                [],
                "Пришли [[first:Исмоил]], [[first:Манучеҳр]], [[first:Комрон]] ва [[first:Умед]]. Тема: хашм ва зӯроварӣ дар оила",
            ),
            (
                2,
                ["quote"],
                "[[first:Манучеҳр]]: «агар зан гап нагирад, мард ҳақ дорад». Группа спорила долго",
            ),
            (
                4,
                ["insight"],
                "[[first:Умедҷон|Умед]] сказал, что {{умед}} — это надежда, и он надеется, что у него дома будет по-другому. Красиво сказал",
            ),
            (
                6,
                ["referral"],
                "[[first:Комрон]] после занятия: сестру [[name:Шарипова Нилуфар]] муж бьёт, живут по [[address:мкр. 18, д. 7, кв. 42]]. Дала номер {{Гулрухсор}} и {{1313}}",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Исмоилро|Исмоил]] надо записать на курсы, паспорт [[passport:А 4012376]], д.р. [[dob:14.09.2007]]",
            ),
            (
                11,
                [],
                "{{Наврӯз}} скоро, ребята предложили сделать сумалак вместе с девушками. [[first:Манучеҳру|Манучеҳр]] понравилось",
            ),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Рустам Ғафуров", "Зафар Мирзоев", "Абдуллоҳ Турсунзода", "Хуршед Олимов", "Пайрав Ҷӯраев"],
        [
            (
                0,
                [],
                "{{Истаравшан}}, зал ҷамоат. [[first:Рустам]], [[first:Зафар]], [[first:Абдуллоҳ]], [[first:Хуршед]], [[first:Пайрав]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Зафарро|Зафар]] спросила про выдачу замуж в 16. Он: «ин анъана, мо чӣ кор карда метавонем?»",
            ),
            (
                3,
                ["insight"],
                "[[first:Хуршед]] рассказал, что [[desc:единственная женщина-кузнец на базаре Истаравшана]] — его тётя, и её все уважают",
            ),
            (
                5,
                ["resistance"],
                "[[first:Пайравро|Пайрав]] друзья зовут «[[nick:Кулак]]», он и ведёт себя так: перебивал всех",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Абдуллоҳ]] хочет работать. Дала контакт [[name:Далер ака|Далер]], [[phone:8 (3454) 2-17-36]]. Машина [[first:Далера|Далер]] для выездов — [[plate:7721 ТТ 02]]",
            ),
            (
                11,
                [],
                "Итог: читали отрывок из {{Шоҳнома}} {{Фирдавсӣ}} про {{Рустама и Сӯҳроба}}. [[first:Рустаму|Рустам]] было приятно",
            ),
        ],
    ),
    (
        "ru",
        "Исфара",
        ["Наврӯз Қурбонов", "Фирӯз Сафаров", "Бахтовар Нуриддинов", "Муҳаммад Ашуров"],
        [
            (
                0,
                [],
                "{{Исфара}}. Четверо: [[first:Наврӯз]], [[first:Фирӯз]], [[first:Бахтовар]], [[first:Муҳаммад]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Фирӯз]]: «мардикор рафтан — ягона роҳ». Почти все согласились, [[first:Бахтоварҷон|Бахтовар]] нет",
            ),
            (
                4,
                ["insight"],
                "[[first:Муҳаммадро|Муҳаммад]] отец вернулся из Москвы больным, теперь мать работает на рынке. «Я раньше думал, что женщина не должна работать»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Наврӯзу|Наврӯз]] нужна справка. ИНН [[iin:409518732]], тел [[phone:92 918 33 17]], почта [[email:navruz.qurbonov08@mail.ru]]",
            ),
            (
                8,
                [],
                "После занятия [[first:Бахтовар]] показал страницу [[link:instagram.com/bakhtovar.isf]], там фото девушки без её согласия. Поговорили",
            ),
            (
                11,
                [],
                "Упражнение {{«Коробка мужчины»}} прошло лучше, чем в {{Хуҷанд}}. на чай собрали 40 {{сомонӣ}}",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        ["Ҷасур Абдуллоев", "Ориф Ҳусейнов", "Сиёвуш Бобоев", "Шерали Ниёзов"],
        [
            (
                0,
                [],
                "Худжанд, {{Дом молодёжи}}. [[first:Ҷасур]], [[first:Ориф]], [[first:Сиёвуш]], [[first:Шерали]]. Тема: розигӣ",
            ),
            (
                2,
                ["quote"],
                "[[first:Ориф]] сказал: «агар духтар ба мошин савор шуд, розӣ аст». Обсудили долго",
            ),
            (
                4,
                ["insight"],
                "[[first:Сиёвушро|Сиёвуш]] спросила про сестру — выдали в 17, {{ЗАГС}} не регистрировал, только никох у муллы. Он сам назвал это неправильным",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Шералиро|Шерали]] взять в волонтёры. Его адрес: [[address:ул. Камоли Хуҷандӣ 84, кв. 9]], д.р. [[dob:2006-05-19]]",
            ),
            (
                8,
                ["resistance"],
                "[[first:Ҷасур]] «[[nick:Президент]]» — так его называют, потому что всегда командует. Сегодня тоже",
            ),
            (
                11,
                [],
                "Конец: прочитали {{Камоли Хуҷандӣ}}. [[name:Матлуба апа|Матлуба]] (вахтёр) слушала с нами",
            ),
        ],
    ),
    (
        "ru",
        "Бустон",
        ["Алишер Ҳасанов", "Неъматулло Раҳмонов", "Фаррух Зокиров"],
        [
            (0, [], "Трое: [[first:Алишер]], [[first:Неъматулло]], [[first:Фаррух]]. Холодно, зал не топили"),
            (
                2,
                ["quote"],
                "[[first:Неъматуллоро|Неъматулло]] спросила, кто дома решает про деньги. «Падарам. Ҳамеша.»",
            ),
            (
                4,
                ["insight"],
                "[[first:Фаррух]]: мать отправляет деньги с карты [[card:9762 0000 3318 4507]] брату в Россию, а не наоборот. Для группы это было открытие",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Алишерро|Алишер]] передать в {{Кумитаи кор бо занон ва оила}}: тётя [[name:Ҳасанова Мавлуда Қосимовна]] просила помощи. Тел [[phone:+992 (3422) 6-40-81]]",
            ),
            (11, [], "{{Исмоили Сомонӣ}} и {{Рӯдакӣ}} — ребята знают больше, чем я думала"),
        ],
    ),
    (
        "ru",
        "Худжанд",
        ["Тимур Раҷабалиев", "Азиз Каримҷонов", "Бобур Холов", "Ҳусейн Шоев", "Мансур Алиев"],
        [
            (
                0,
                [],
                "Худжанд, пятеро: [[first:Тимур]], [[first:Азиз]], [[first:Бобур]], [[first:Ҳусейн]], [[first:Мансур]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Бобурро|Бобур]] спросила про кражу невест. Он: «дар деҳаи мо ин нест, ин дар Кӯлоб аст»",
            ),
            (
                3,
                ["insight"],
                "[[first:Мансур]] рассказал, что его отец [[name:Алиев Ҳакимҷон|Ҳакимҷон,Алиев]], [[desc:единственный мужчина-медбрат в роддоме Худжанда]], и над ним раньше смеялись",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Тимуру|Тимур]] отправить материалы в телеграм [[handle:@timur_rajabaliev]], тел. [[phone:+992 900-45-12-78]]",
            ),
            (7, ["resistance"], "[[first:Ҳусейн]] и [[first:Азиз]] шептались всю игру. Сделала замечание"),
            (
                11,
                [],
                "Оставить {{Сирдарё}} на фото в отчёте, без лиц. {{Шодӣ}} — так называется кафе, где пили чай после",
            ),
        ],
    ),
    # ---- Facilitator D (Аружан Сейтжанова, student volunteer, Кызылорда/Арал/Жосалы): Kazakh typed on a Russian
    # keyboard, all lower case (ә ғ қ ң ө ұ ү һ і typed as а г к н о у у х и), names in lower case with Kazakh
    # endings, ага/апай/аке after the name, phones as 8705... run together, IINs for certificates, kk workshop
    (
        "kk",
        "Кызылорда",
        ["Айдос Жаксылыков", "Ерасыл Туребеков", "Нурдаулет Абдикаримов", "Бекзат Омиров", "Дамир Сапаров"],
        [
            (
                0,
                [],
                "бугин 5 бала келди: [[first:айдос]], [[first:ерасыл]], [[first:нурдаулет]], [[first:бекзат]], [[first:дамир]]. такырып ер азамат деген ким",
            ),
            (
                2,
                ["quote"],
                "[[first:ерасылдын|ерасыл]] сози: «ер адам жыламайды, жыласа ол катын». балалар кулди, мен тоскауыл койдым",
            ),
            (
                3,
                ["insight"],
                "[[first:нурдаулетке|нурдаулет]] сурак бердим, ол «акем ресейде, мен уйдин еркеги» деди. 15 жаста гой",
            ),
            (
                5,
                ["follow-up"],
                "[[first:айдостын|айдос]] агасы [[name:жаксылыков ерлан]] колледжде, ол да келгиси келеди. тел [[phone:87059314827]]",
            ),
            (7, ["resistance"], "[[first:бекзат]] телефонга карап отырды, еки рет ескерттим"),
            (
                11,
                [],
                "сонында {{коркыт ата}} туралы айттык, кобыз тындадык. {{кызылорда}} жастар орталыгында келеси жолы",
            ),
        ],
    ),
    (
        "kk",
        "Кызылорда",
        ["Аслан Муратов", "Жандос Ибраев", "Мади Кенжебаев", "Арман Толеуов"],
        [
            (
                0,
                [],
                "4 бала: [[first:аслан]], [[first:жандос]], [[first:мади]], [[first:арман]]. такырып: келин алып кашу",
            ),
            (2, ["quote"], "[[first:жандостын|жандос]] сози: «кыз алып кашу салт, атам да солай уйленген»"),
            (
                4,
                ["insight"],
                "[[first:арманга|арман]] жаксы айтты: «менин {{арманым}} жумыс табу, уйлену кейин». [[first:мадиге|мади]] ол унады",
            ),
            (
                6,
                ["referral"],
                "[[first:аслан]] кейин калып айтты, апкесин [[name:муратова дана]] былтыр алып кашкан, казир [[address:мкр шугыла 14 уй 36 пат]] турады. {{150}} жане {{111}} бердим",
            ),
            (
                8,
                ["follow-up"],
                "[[first:мадидин|мади]] куалигине: жсн [[iin:080214501376]], туган куни [[dob:14.02.2008]]",
            ),
            (11, [], "{{абай}} создерин окыдык, 37 созди. балаларга унады"),
        ],
    ),
    (
        "kk",
        "Арал",
        ["Еркебулан Жумабеков", "Нурсултан Калиев", "Алибек Сейдахметов", "Бакыт Утепов", "Ернур Ахметов"],
        [
            (
                0,
                [],
                "{{арал}}, мектеп залы. [[first:еркебулан]], [[first:нурсултан]], [[first:алибек]], [[first:бакыт]], [[first:ернур]]",
            ),
            (
                2,
                ["quote"],
                "[[first:нурсултаннын|нурсултан]] сози: «акша тапкан адам уйдин басшысы». [[first:бакытка|бакыт]] карсы болды",
            ),
            (
                3,
                ["insight"],
                "[[first:еркебуланды|еркебулан]] балалар «[[nick:шымшык]]» деп атайды, бойы кишкентай. ол бугин алгаш рет соз сойледи",
            ),
            (
                5,
                ["insight"],
                "{{бакыт}} деген не деп сурадым. [[first:алибек]]: «{{бакыт}} - уйде урыс болмау»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:ернурдын|ернур]] акесин [[name:ахметов серик ага|серик,ахметов]] жумыс издеп жур. тел [[phone:8 702 455 18 30]], арал балык зауыты",
            ),
            (
                11,
                [],
                "{{арал}} тенизи туралы айттык, балалар акелери балыкшы болган. келеси жолы {{аралкум}} туралы",
            ),
        ],
    ),
    (
        "kk",
        "Жосалы",
        ["Дархан Есенов", "Бауыржан Нуртаев", "Олжас Кусаинов", "Ерболат Амиров"],
        [
            (
                0,
                [],
                "{{жосалы}}, клуб. [[first:дархан]], [[first:бауыржан]], [[first:олжас]], [[first:ерболат]]. такырып: ишимдик",
            ),
            (2, ["quote"], "[[first:бауыржаннын|бауыржан]] сози: «тойда ишпесен, сени сыйламайды»"),
            (
                4,
                ["insight"],
                "[[first:олжаска|олжас]] акеси ишкенде шешесин урады екен. {{150}} номерин бердим, унсиз алды",
            ),
            (
                6,
                ["follow-up"],
                "[[first:олжастын|олжас]] шешеси [[name:кусаинова гулмира апай|гулмира,кусаинова]], [[desc:жосалыдагы жалгыз айел малдаригер]], менимен сойлескиси келеди. тел [[phone:8 (72438) 2-14-07]]",
            ),
            (8, ["resistance"], "[[first:ерболат]] «бул калалык такырып, бизде ондай жок» деп отырды"),
            (
                9,
                [],
                "машина номири [[plate:417 AKM 11]], [[first:дарханнын|дархан]] агасы [[name:есенов асхат]] бизди кызылордага апарады",
            ),
            (11, [], "{{байконыр}} жакка экскурсия жасау {{арман}} дести. жаксы отти"),
        ],
    ),
    (
        "kk",
        "Кызылорда",
        ["Темирлан Абенов", "Санжар Кулмаханов", "Абылай Досжанов", "Нуржан Тасбулатов"],
        [
            (
                0,
                [],
                "кызылорда, университет. [[first:темирлан]], [[first:санжар]], [[first:абылай]], [[first:нуржан]]",
            ),
            (2, ["quote"], "[[first:абылайдын|абылай]] сози: «кызым болса 18ге дейин турмыска бермеймин»"),
            (
                3,
                ["insight"],
                "[[first:абылайдын|абылай]] атын атасы {{абылай хан}} курметине койыпты, [[first:санжар]] «сен хан емессин гой» деп кулди))",
            ),
            (
                5,
                ["follow-up"],
                "[[first:темирланнын|темирлан]] поштасы [[email:temirlan.abenov08@mail.ru]], инстасы [[link:instagram.com/temirlan_abenov_kzo]]",
            ),
            (
                7,
                ["resistance"],
                "[[first:нуржанды|нуржан]] досы [[nick:кабан]] деген лакап атпен журеди, сол бала сабакка келмендер деп жур екен. [[nick:кабан]] 20 жаста",
            ),
            (
                11,
                [],
                "корытынды: {{сырдария}} жагасында футбол ойнадык. [[name:болат ага|болат]] (кузетши) кылт ашып берди",
            ),
        ],
    ),
    (
        "kk",
        "Кызылорда",
        ["Ерназар Исаев", "Мейирбек Жаппаров", "Асет Байжанов"],
        [
            (
                0,
                [],
                "3 бала гана: [[first:ерназар]], [[first:мейирбек]], [[first:асет]]. кар жауып жол жабылды",
            ),
            (
                2,
                ["quote"],
                "[[first:мейирбектин|мейирбек]] сози: «айелим жумыс истесе мен уяламын». [[first:асетке|асет]] «неге уяласын» деп сурады",
            ),
            (
                5,
                ["insight"],
                "[[first:ерназардын|ерназар]] акеси ресейде курылыста. акша [[card:4400 4302 1873 5519]] каспиге келеди, шешеси алады",
            ),
            (
                7,
                ["follow-up"],
                "[[first:ерназар]] менен жеке сойлесу. телеграм [[handle:@ernazar_kzo]], тел [[phone:+7 771 309 44 26]]",
            ),
            (
                11,
                [],
                "{{жанкожа батыр}} туралы айттык: «батыр болу = уйде зорлык жасамау». [[first:асет]] сол создерди тактага жазды",
            ),
        ],
    ),
    (
        "kk",
        "Кызылорда",
        ["Нурасыл Бекмаханов", "Алмас Жусупов", "Ернар Сарсенбаев", "Диас Калдыбаев"],
        [
            (
                0,
                [],
                "кызылорда, жастар уйи. [[first:нурасыл]], [[first:алмас]], [[first:ернар]], [[first:диас]]. [[name:гулнар апай|гулнар]] (директор) залды ашты",
            ),
            (3, ["quote"], "[[first:алмастын|алмас]] сози: «ер адам уйдин басы, айел тил алу керек»"),
            (
                4,
                ["insight"],
                "[[first:нурасылга|нурасыл]] сурак: «акем шешемди урса мен не истеймин?» {{102}} мен {{150}} жазып бердим",
            ),
            (
                6,
                ["follow-up"],
                "[[first:нурасылдын|нурасыл]] мекенжайы [[address:коркыт ата кошеси 27 уй]] деп жазды, акеси [[name:бекмаханов нурлан]]. соцкызметке айту керек",
            ),
            (
                8,
                ["resistance"],
                "[[first:ернарды|ернар]] балалар «[[nick:профессорша]]» дейди, ол ашуланып шыгып кетти",
            ),
            (
                9,
                [],
                "[[first:диастын|диас]] туган куни [[dob:5 наурыз 2007]], паспорт [[passport:N 13704286]]",
            ),
            (11, [], "{{дос мукасан}} андерин койдык, {{бакыт}} деген осы гой"),
        ],
    ),
    # ---- Facilitator E (Hannah Lindqvist, international volunteer, Almaty/Talgar/Kaskelen): English, chatty,
    # local names in several transliterations (Yerlan/Erlan, Zhanibek/Janibek), possessives, "aka"/"called",
    # handles and links, phones in both KZ shapes, en workshop
    (
        "en",
        "Almaty",
        ["Yerlan Abenov", "Zhanibek Serikbayev", "Daniyar Ospanov", "Aidos Temirkhanov", "Nurzhan Kassymov"],
        [
            (
                0,
                [],
                "Session 1 at the youth centre near {{Green Bazaar}}. Five guys: [[first:Yerlan]] (he writes it [[first:Erlan]] on WhatsApp), [[first:Zhanibek]], [[first:Daniyar]], [[first:Aidos]], [[first:Nurzhan]]. Topic: what makes a man",
            ),
            (
                2,
                ["quote"],
                '[[first:Zhanibek\'s|Zhanibek]] line: "a real man never shows he is scared". [[first:Janibek|Zhanibek]] (sorry, he prefers it with a J) then laughed at himself',
            ),
            (
                3,
                ["insight"],
                '[[first:Daniyar]] talked about his dad working in {{Russia}} for 4 years. "I only know him from video calls." The room went quiet',
            ),
            (
                5,
                ["resistance"],
                "[[first:Aidos]] kept scrolling. Asked twice. {{Will}} try seating him next to me next time",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Nurzhan's|Nurzhan]] older brother [[name:Arman Kassymov|Arman,Kassymov]] wants to join, his number [[phone:+7 701 448 2093]]",
            ),
            (
                11,
                [],
                "Ended with a clip of {{Golovkin}} talking about his mother. Big hit. {{Hope}} the next group is as open",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Madiyar Zhakenov", "Alikhan Bekturov", "Temirlan Nurpeisov", "Sultan Yessenov"],
        [
            (
                0,
                [],
                "Four today: [[first:Madiyar]], [[first:Alikhan]], [[first:Temirlan]], [[first:Sultan]]. Topic consent, used the {{Tea Consent}} video",
            ),
            (
                2,
                ["quote"],
                '[[first:Alikhan]] said "if she comes to your flat she already said yes". [[first:Madiyar]] pushed back hard, good moment',
            ),
            (
                4,
                ["insight"],
                "[[first:Temirlan's|Temirlan]] cousin [[first:Aigerim]] was kidnapped for marriage in a village near {{Talgar}} last year. He called it a crime himself, first time I heard a boy say that",
            ),
            (
                6,
                ["referral"],
                "Gave [[first:Temirlan]] the {{150}} number and the {{Union of Crisis Centres}} website. [[first:Aigerim's|Aigerim]] mum is [[name:Gulnara Nurpeisova]], lives at [[address:Talgar, Lenin St 41, apt 7]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Sultan]] wants the certificate: IIN [[iin:071119500284]], email [[email:sultan.yessenov@inbox.kz]]",
            ),
            (
                11,
                [],
                'Someone asked if {{Dimash}} would count as a "real man" by their old rules. Great debate to finish',
            ),
        ],
    ),
    (
        "en",
        "Talgar",
        ["Yerkebulan Iskakov", "Dias Mukanov", "Askar Zhunusov", "Rauan Baimukhanov", "Beksultan Tokhtarov"],
        [
            (
                0,
                [],
                "{{Talgar}} college, five: [[first:Yerkebulan]] (or [[first:Erkebulan]] on the list), [[first:Dias]], [[first:Askar]], [[first:Rauan]], [[first:Beksultan]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Askar]]: \"the wife's salary is family money, the husband's salary is his money\". Lots of nodding, ugh",
            ),
            (
                3,
                ["insight"],
                'Everyone calls [[first:Rauan]] "[[nick:Professor]]" because of his glasses. [[nick:Professor]] actually made the best point of the day, that his mum runs the house budget',
            ),
            (
                5,
                ["resistance"],
                "[[first:Dias]] and [[first:Beksultan]] joking through the role play. {{Mark}} that one for the next debrief",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Yerkebulan's|Yerkebulan]] uncle [[name:Serik Iskakov]], [[desc:the only male nurse at the Talgar district hospital]], could come and talk about care work. Number [[phone:8-777-315-62-40]]",
            ),
            (
                11,
                [],
                "Read a bit of {{Abai}} in English translation. They corrected my pronunciation of everything",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        ["Nurlan Zhaksybekov", "Aibol Omarov", "Ilyas Khamitov", "Bauyrzhan Sadykov"],
        [
            (
                0,
                [],
                "{{Kaskelen}}, four guys: [[first:Nurlan]], [[first:Aibol]], [[first:Ilyas]], [[first:Bauyrzhan]] ([[first:Baurzhan]] on his ID). Topic: alcohol and toi culture",
            ),
            (2, ["quote"], "[[first:Aibol]]: \"at a toi if you don't drink the elders think you're weak\""),
            (
                4,
                ["insight"],
                "[[first:Ilyas's|Ilyas]] father drinks and hits his mum. He asked what he can do. Gave him {{150}} and {{112}}",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ilyas]] instagram [[link:instagram.com/ilyas.khamitov_07]] and telegram [[handle:@ilyas_kh07]]. His mum's number [[phone:87272 91 40 36]]",
            ),
            (
                8,
                ["resistance"],
                '[[first:Nurlan\'s|Nurlan]] friend they call "[[nick:Tank]]" showed up at the door and tried to pull him out. [[nick:Tank]] is maybe 20',
            ),
            (11, [], "{{Will}} bring snacks next week. Ended talking about the {{Medeu}} skating rink trip"),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Ansar Tulegenov", "Yerassyl Kemelbekov", "Miras Dzhumabekov", "Olzhas Baiguttiyev"],
        [
            (
                0,
                [],
                "Back at the youth centre. [[first:Ansar]], [[first:Yerassyl]] ([[first:Erasyl]], [[first:Yerasyl]], he doesn't care), [[first:Miras]], [[first:Olzhas]]",
            ),
            (2, ["quote"], '[[first:Miras]]: "my sister can marry who she wants, but only after university"'),
            (
                4,
                ["insight"],
                "[[first:Olzhas's|Olzhas]] dad is a migrant worker in {{Korea}}. Money comes on his mum's card [[card:4400 4301 2266 8471]], he showed me the app, I told him to hide that",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ansar]] needs a reference letter. DOB [[dob:21 March 2007]], passport [[passport:N 15507732]], address [[address:Almaty, Samal-2 microdistrict, bld 58, apt 14]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Yerassyl's|Yerassyl]] mum [[name:Saule Kemelbekova]] asked for a women's centre, gave her {{150}} and the {{Podrugi}} number",
            ),
            (11, [], "Watched {{Kok-Tobe}} sunset after, a few of them came. {{Hope}} we keep this group"),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Zhandos Abilov", "Alisher Kurmanov", "Dauren Yermekov", "Nursultan Akhmetov", "Adilet Zhumagulov"],
        [
            (
                0,
                [],
                "Last one of the cycle. [[first:Zhandos]], [[first:Alisher]], [[first:Dauren]], [[first:Nursultan]], [[first:Adilet]]",
            ),
            (
                2,
                ["quote"],
                '[[first:Dauren]]: "dads who push prams look funny". Then [[first:Zhandos]] said his dad did, and nobody laughed',
            ),
            (
                3,
                ["insight"],
                "[[first:Adilet's|Adilet]] big brother is [[name:Yerbol Zhumagulov]], plays for {{Kairat}}. [[first:Adilet]] says he cooks at home, which shocked people",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Alisher]] telegram [[link:t.me/alisher_kurmanov]], email [[email:a.kurmanov2006@gmail.com]], wants the slides",
            ),
            (
                7,
                ["resistance"],
                "[[first:Nursultan]] said the whole thing is Western propaganda. [[first:Nursultan]] stayed anyway",
            ),
            (
                9,
                [],
                '[[name:Aliya apai|Aliya]] (the centre\'s caretaker) joined for the last exercise. The guys call her "the [[nick:boss]]" lol',
            ),
            (
                11,
                [],
                "Final circle. {{Will}} send the certificates on Monday. {{Abai}}'s line on humanity closed it",
            ),
        ],
    ),
    # ---- Facilitator F (Ирина Викторовна Штольц, psychologist, Караганда/Темиртау/Шахтинск): long formal Russian,
    # full names with patronymics on first mention, then initials or the surname alone, the formal "отмечу",
    # "рекомендовано", IINs, addresses with микрорайон, dates of birth "г.р.", ru workshop
    (
        "ru",
        "Караганда",
        [
            "Жумабеков Данияр Асылбекович",
            "Кравченко Артём Игоревич",
            "Сапарбеков Мирас Ерланович",
            "Ким Виталий Олегович",
            "Оспанов Ерлан Маратович",
        ],
        [
            (
                0,
                [],
                "Групповое занятие проведено на базе {{Молодёжного ресурсного центра}} г. {{Караганды}}. Присутствовали: [[name:Жумабеков Данияр Асылбекович]], [[name:Кравченко Артём Игоревич]], [[name:Сапарбеков Мирас Ерланович]], [[name:Ким Виталий Олегович]], [[name:Оспанов Ерлан Маратович]]. Эмоциональный фон группы на начало занятия оценивается как настороженный, однако без выраженной враждебности.",
            ),
            (
                2,
                ["quote"],
                "В ходе упражнения {{«Мужская коробка»}} [[name:Д. А. Жумабеков]] высказался следующим образом: «Мужчина, который просит о помощи, — слабак, так у нас на районе говорят». Отмечу, что высказывание было произнесено с оглядкой на реакцию сверстников, что указывает скорее на конформность, чем на убеждённость.",
            ),
            (
                4,
                ["insight"],
                "[[surname:Кравченко]] впервые за цикл занятий упомянул, что его отец, [[name:Кравченко Игорь Валентинович]], работающий вахтовым методом на {{Кашагане}}, в периоды пребывания дома злоупотребляет алкоголем. Подросток описывает ситуацию спокойно, но с заметным напряжением в голосе; рекомендована индивидуальная консультация.",
            ),
            (
                6,
                ["resistance"],
                "[[name:Ким В. О.]] на протяжении всего упражнения демонстрировал пассивное сопротивление: отказывался отвечать, ссылаясь на то, что «это всё для девочек». Считаю целесообразным не акцентировать внимание на его поведении в группе.",
            ),
            (
                8,
                ["follow-up"],
                "Для оформления направления к участковому психологу получены данные: [[name:Оспанов Е. М.]], ИИН [[iin:070623500419]], проживает по адресу: [[address:г. Караганда, мкр. Степной-2, д. 14, кв. 88]], контактный телефон матери [[phone:+7 (7212) 41-38-56]].",
            ),
            (
                11,
                [],
                "Итоги: группа в целом продемонстрировала готовность к обсуждению темы насилия. Отдельно отмечу [[surname:Сапарбекова|Сапарбеков]]: его реплика о том, что {{Геннадий Головкин}} «тоже плачет, когда говорит о маме», изменила тон дискуссии. {{Слава}} богу, конфликтов не возникло.",
            ),
        ],
    ),
    (
        "ru",
        "Караганда",
        [
            "Тлеуов Алмат Нурланович",
            "Шевчук Никита Дмитриевич",
            "Бекмурзин Азамат Серикович",
            "Ахмеджанов Руслан Тимурович",
        ],
        [
            (
                0,
                [],
                "Второе занятие цикла. Присутствовали четверо: [[name:Тлеуов Алмат Нурланович]], [[name:Шевчук Никита Дмитриевич]], [[name:Бекмурзин Азамат Серикович]], [[name:Ахмеджанов Руслан Тимурович]]. Отсутствующих нет. Тема занятия — согласие и границы в отношениях.",
            ),
            (
                3,
                ["quote"],
                "[[surname:Шевчук]] в ходе обсуждения видеоролика {{«Чашка чая»}} высказал мнение: «Если девушка сама пришла в гости, значит, она всё понимает». Группа не поддержала данную позицию, в особенности [[name:А. С. Бекмурзин]], который привёл пример из жизни своей старшей сестры.",
            ),
            (
                4,
                ["referral"],
                "После занятия [[name:Бекмурзин Азамат|Азамат,Бекмурзин]] задержался и сообщил, что его сестра, [[name:Бекмурзина Асель Сериковна]], [[dob:12.04.2003]] г.р., находится в ситуации психологического давления со стороны супруга. Рекомендовано обращение по телефону доверия {{150}} и в {{Кризисный центр «Жан-Ұя»}}; передан номер центра.",
            ),
            (
                6,
                ["insight"],
                "[[name:Тлеуов А. Н.]] поделился, что в их семье решения о расходах принимает мать, поскольку отец «не умеет с деньгами». Отмечу, что рассказ сопровождался улыбкой и не содержал осуждения — это можно рассматривать как ресурс для дальнейшей работы.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Ахмеджанову|Ахмеджанов]] необходима справка об участии для колледжа. Данные: паспорт [[passport:N 12094357]], электронная почта [[email:ruslan.akhmedzhanov@bk.ru]]. Справку направить до конца месяца.",
            ),
            (
                11,
                [],
                "В заключение зачитана цитата из {{«Слов назидания»}} {{Абая}} о человечности. Участники восприняли её серьёзно; [[name:Шевчук Н. Д.]] попросил текст целиком. {{Вера}} в то, что группа сохранится до конца цикла, у меня есть.",
            ),
        ],
    ),
    (
        "ru",
        "Темиртау",
        [
            "Григорьев Павел Андреевич",
            "Нуркенов Дамир Кайратович",
            "Юсупов Тимур Рустамович",
            "Абишев Айбар Маратович",
            "Мельник Денис Сергеевич",
        ],
        [
            (
                0,
                [],
                "Выездное занятие в г. {{Темиртау}}, предоставлено помещение {{Дома культуры металлургов}}. Присутствовали: [[name:Григорьев Павел Андреевич]], [[name:Нуркенов Дамир Кайратович]], [[name:Юсупов Тимур Рустамович]], [[name:Абишев Айбар Маратович]], [[name:Мельник Денис Сергеевич]].",
            ),
            (
                2,
                ["quote"],
                "[[name:Юсупов Т. Р.]]: «У нас в Темиртау мужчина должен работать на комбинате, как отец и дед, а кто не работает — не мужик». Высказывание получило поддержку большинства участников.",
            ),
            (
                4,
                ["insight"],
                "[[surname:Мельник]], по прозвищу «[[nick:Слон]]» (так его называют в группе, и он, по его словам, не возражает), рассказал, что после смерти отца фактически заменил младшим братьям родителя. Отмечу высокий уровень ответственности при выраженной эмоциональной усталости.",
            ),
            (
                6,
                ["follow-up"],
                "Семья [[surname:Мельника|Мельник]] нуждается в поддержке социальной службы. Мать — [[name:Мельник Оксана Викторовна]], [[desc:единственная женщина-крановщица в цехе №3 Темиртауского комбината]], проживают: [[address:г. Темиртау, пр. Республики, д. 31, кв. 5]].",
            ),
            (
                8,
                ["resistance"],
                "[[name:Григорьев П. А.]] на протяжении занятия демонстрировал обесценивающие реплики («психология — это развод»). Рекомендовано не вступать в конфронтацию, а предложить ему роль наблюдателя на следующем занятии.",
            ),
            (
                11,
                [],
                "Отмечу, что участники хорошо знают историю {{Карлага}} и связывают её с «мужской» культурой терпения. Данная тема может быть использована как отправная точка на следующем занятии. Следующая встреча — в 17:30.",
            ),
        ],
    ),
    (
        "ru",
        "Шахтинск",
        [
            "Байтенов Ерасыл Нурболович",
            "Соколов Кирилл Андреевич",
            "Искаков Мадияр Бауржанович",
            "Каримов Шерзод Алишерович",
        ],
        [
            (
                0,
                [],
                "Занятие в г. {{Шахтинск}}, база — {{школа-гимназия №1}}. Присутствовали: [[name:Байтенов Ерасыл Нурболович]], [[name:Соколов Кирилл Андреевич]], [[name:Искаков Мадияр Бауржанович]], [[name:Каримов Шерзод Алишерович]]. Тема — отцовство и трудовая миграция.",
            ),
            (
                3,
                ["quote"],
                "[[surname:Каримов]] рассказал, что его отец уехал на заработки в {{Южную Корею}} пять лет назад: «Он присылает деньги, но я не знаю, какой он». Отмечу, что остальные участники слушали молча и с сочувствием.",
            ),
            (
                4,
                ["insight"],
                "[[name:Соколов К. А.]] признал, что отец ни разу не говорил ему, что любит его, и что он «сам так не хочет со своими детьми». Считаю это важным сдвигом по сравнению с первым занятием.",
            ),
            (
                6,
                ["follow-up"],
                "Для оформления сертификата: [[name:Искаков Мадияр Бауржанович|Мадияр,Искаков]], [[dob:02.08.2007]] г.р., ИИН [[iin:070802500731]]; [[name:Байтенов Е. Н.]], ИИН [[iin:080117501246]]. Телефон [[surname:Байтенова|Байтенов]] для связи: [[phone:8 701 520 34 71]].",
            ),
            (
                8,
                ["referral"],
                "[[name:Искаков М. Б.]] после занятия сообщил о насилии со стороны отчима, [[name:Жаркенов Болат Сейтович|Болат,Жаркенов]], по месту жительства: [[address:г. Шахтинск, ул. Парковая, д. 9, кв. 17]]. Рекомендован звонок по номеру {{111}}; согласовано информирование школьного психолога.",
            ),
            (
                11,
                [],
                "Итоги: занятие проведено в полном объёме. Упражнение {{«Письмо отцу»}} вызвало наибольший эмоциональный отклик. {{Надежда}} на продолжение цикла в {{Шахтинске}} сохраняется при наличии финансирования.",
            ),
        ],
    ),
    (
        "ru",
        "Караганда",
        ["Мухамеджанов Арсен Талгатович", "Лебедев Илья Константинович", "Садвакасов Нурислам Ерланович"],
        [
            (
                0,
                [],
                "Малая группа: [[name:Мухамеджанов Арсен Талгатович]], [[name:Лебедев Илья Константинович]], [[name:Садвакасов Нурислам Ерланович]]. Занятие проведено в кабинете психологической разгрузки {{КарТУ}}.",
            ),
            (
                2,
                ["quote"],
                "[[name:Лебедев И. К.]]: «Мой дед говорил, что мужчину делает армия и шахта». Отмечу, что в Караганде данная установка распространена и воспроизводится в семьях из поколения в поколение.",
            ),
            (
                5,
                ["insight"],
                "[[surname:Садвакасов]] рассказал о давлении со стороны родственников по поводу ранней женитьбы: ему 19 лет, и семья уже «подбирает невесту». Рекомендована индивидуальная консультация; участник согласился. Контакт: [[phone:+7 747 918 06 35]], [[handle:@nurislam_sadvakasov]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Мухамеджанов А. Т.]] просил передать материалы его куратору, [[name:Есенова Гульмира Болатовна|Гульмира,Есенова]], [[email:g.esenova.kargtu@mail.kz]]. Материалы будут направлены после согласования с руководителем программы.",
            ),
            (
                11,
                [],
                "Итоги: обсуждение продуктивное. В качестве примера здорового образа мужчины участники сами назвали {{Геннадия Головкина}} и {{Жамбыла}}. {{Вера}} группы в собственные силы заметно выросла.",
            ),
        ],
    ),
    (
        "ru",
        "Караганда",
        [
            "Рахимов Алихан Дауренович",
            "Фомин Станислав Викторович",
            "Жакенов Бексултан Аскарович",
            "Токтаров Дамир Ерболович",
        ],
        [
            (
                0,
                [],
                "Заключительное занятие цикла в г. {{Караганда}}. Присутствовали: [[name:Рахимов Алихан Дауренович]], [[name:Фомин Станислав Викторович]], [[name:Жакенов Бексултан Аскарович]], [[name:Токтаров Дамир Ерболович]]. [[surname:Фомина|Фомин]] в группе называют «[[nick:Слава]]», хотя это не его имя, а прозвище со школы.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Слава]] высказался так: «Я бы не хотел, чтобы моя сестра вышла замуж, не закончив учёбу». Высказывание поддержано группой.",
            ),
            (
                4,
                ["insight"],
                "[[name:Жакенов Б. А.]] отметил, что его мать — [[desc:единственная женщина-горный мастер на шахте «Казахстанская»]], и что дома решения принимаются совместно. Считаю этот пример ценным ресурсом для работы с группой.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Токтарову|Токтаров]] требуется направление к наркологу (по его просьбе, в связи с употреблением алкоголя отцом). Данные: [[dob:30.11.2006]] г.р., адрес: [[address:г. Караганда, ул. Ерубаева, д. 52, кв. 103]]; автомобиль отца [[plate:547 KBA 09]] зафиксирован в заявлении матери.",
            ),
            (
                8,
                ["referral"],
                "[[name:Рахимов А. Д.]] сообщил о случае похищения невесты в ауле родственников. Рекомендована консультация юриста ({{ст. 125 УК РК}}) и звонок по номеру {{150}}. Карта для возмещения транспортных расходов участнику: [[card:4400 4302 7715 0926]].",
            ),
            (
                11,
                [],
                "Подводя итоги цикла, отмечу: {{Слава}} — не только имя, и участники сами пошутили об этом в финальном круге. Мы завершили чтением отрывка из {{Абая}}. Благодарю администрацию {{КарТУ}} за предоставленное помещение.",
            ),
        ],
    ),
]
