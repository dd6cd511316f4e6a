# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
#
# Eighth set. Towns: Aktau, Zhanaozen, Ekibastuz, Stepnogorsk (Kazakhstan), Talas, Batken
# (Kyrgyzstan), Samarkand, Bukhara, Nukus (Uzbekistan / Karakalpakstan), Khorog, Istaravshan
# (Tajikistan). Six facilitators:
#   F1 types everything lower case with no punctuation (kk Cyrillic and ru)
#   F2 types Kazakh in the 2021 Latin alphabet (one session mixed with Russian Cyrillic)
#   F3 types Russian with Kyrgyz / Uzbek / Tajik / Karakalpak words glued in (mixed, "ru")
#   F4 writes careful English
#   F5 uses nicknames and honorifics for everyone (kk, ru, mixed kk)
#   F6 writes long notes with addresses, documents and dates of birth (kk, ru, en)

SESSIONS = [
    # ------------------------------------------------------------------ F1: lower case, no punctuation
    (
        "kk",
        "Ақтау",
        [],
        [
            (0, [], "бүгін 14 жігіт келді бәрі 15 мкр мектептен [[first:нұрболат]] кешікті ағасымен келді"),
            (
                2,
                ["quote"],
                "[[first:ерлан]] айтты еркек жыламайды әкем де жылаған жоқ деді [[first:бекзатпен|бекзат]] дауласып қалды",
            ),
            (
                5,
                ["resistance"],
                "[[nick:шопа]] әйел ұрса өзі кінәлі деп тұр қалғандары күлді [[first:ерланнан|ерлан]] басқа ешкім қарсы шықпады",
            ),
            (
                8,
                ["insight", "follow-up"],
                "[[first:нұрболаттың|нұрболат]] ағасы үйде шешесін ұрады дейді сабақтан кейін сөйлестік {{150}} нөмірін бердім телефоны [[phone:8 701 555 32 18]]",
            ),
            (
                10,
                [],
                "[[first:бекзат]] айтты ер жігіттің {{алтын}} қолы үйде де керек деп бәрі күлді бірақ келісті",
            ),
            (
                11,
                [],
                "келесі жолы {{каспий}} жағасында ойын ұйымдастырамыз [[desc:15 мкр дүкеніндегі жалғыз күзетшінің ұлы]] өзі көмектесемін деді",
            ),
        ],
    ),
    (
        "kk",
        "Жаңаөзен",
        [],
        [
            (
                0,
                [],
                "жаңаөзен 3 топ бүгін 11 бала 16 17 жас [[first:дәулеттің|дәулет]] інісі де келді [[first:арман]] кешікті",
            ),
            (
                3,
                ["quote"],
                "[[first:асхат]] қыз бала үйде отыруы керек деді [[surname:жұмабаев]] мұғалім солай үйретті дейді",
            ),
            (
                6,
                ["insight"],
                "қыз алып қашу туралы [[first:әзиз]] өз апасын алып қашқан деп айтты апасы қазір {{атырауда}} тұрады [[first:арманның|арман]] ағасы да солай үйленген",
            ),
            (
                7,
                ["follow-up"],
                "[[first:дәулет]] 17 де үйленеді дейді қалыңдық 16 да әкесі шешкен [[phone:+7 775 555 04 61]] ертең хабарласу",
            ),
            (
                9,
                ["referral"],
                "{{111}} желісі туралы айттым [[first:асхатқа|асхат]] инстаграмын жазып алдым [[handle:@askhat_zhanaozen_07]]",
            ),
        ],
    ),
    (
        "kk",
        "Екібастұз",
        ["Тимур Қасенов", "Ілияс Мұратұлы"],
        [
            (
                0,
                [],
                "екібастұз 2 мектеп 10 жігіт [[name:тимур қасенов|тимур,қасенов]] бірінші рет келді [[name:ілияс мұратұлы|ілияс,мұратұлы]] досын ертіп келді",
            ),
            (
                2,
                ["resistance"],
                "[[first:ілиястың|ілияс]] әкесі {{богатырь}} разрезінде жұмыс істейді ер адам шахтада еңбек етеді әйел үйде дейді",
            ),
            (4, ["quote"], "[[first:тимур]] маған әйелім бағынуы керек деп айтты бәрі қол шапалақтады"),
            (
                8,
                ["insight", "follow-up"],
                "[[surname:мұратұлы]] өзін өлтіргісі келетінін айтты түнде телефонға жазды [[phone:8 747 555 81 09]] {{150}} нөмірін бердім ертең мектеп психологына апарамын",
            ),
            (
                10,
                ["referral"],
                "[[first:тимурға|тимур]] үйдегі жағдай бойынша {{112}} және жастар орталығы туралы айттым [[desc:шахтерлер үйіндегі жалғыз татар отбасының баласы]] да тыңдап тұрды",
            ),
        ],
    ),
    (
        "ru",
        "Степногорск",
        [],
        [
            (0, [], "степногорск 9 парней из колледжа [[nick:вадик|вадим]] привел друзей"),
            (
                2,
                ["quote"],
                "[[first:вадим]] мужик должен приносить деньги а баба сидеть дома [[surname:кравченко]] поддержал",
            ),
            (
                5,
                ["insight"],
                "[[first:денис]] рассказал что отчим бьет мать он ночует у [[first:славы|слава]] когда дома скандал",
            ),
            (
                8,
                ["follow-up"],
                "[[first:денису|денис]] дал {{111}} и {{150}} номер его [[phone:+7 705 555 66 23]] живет [[address:4 мкр дом 21 кв 47]]",
            ),
            (
                11,
                [],
                "в конце [[nick:вадик|вадим]] сказал что придет еще с братом [[first:слава]] тоже хочет",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        [],
        [
            (
                0,
                [],
                "талас 12 парней почти все кыргызы [[first:нурбек]] переводил тем кто плохо понимает по русски",
            ),
            (
                3,
                ["resistance"],
                "[[nick:кара]] сказал что ала качуу это традиция и все нормально {{слава богу}} другие с ним не согласились",
            ),
            (
                6,
                ["insight", "quote"],
                "[[first:айбек]] его мать украли в 1998 она до сих пор говорит что не хотела [[first:айбек]] сказал я так не сделаю",
            ),
            (
                7,
                ["follow-up"],
                "[[first:нурбека|нурбек]] сестру 17 лет хотят выдать за парня из {{бишкека}} поговорить с ним через неделю [[phone:+996 555 123 407]] его тг [[link:t.me/nurbek_talas98]]",
            ),
            (
                9,
                ["referral"],
                "дал номер {{111}} и кризисный центр {{сезим}} [[first:айбеку|айбек]] тоже записал",
            ),
        ],
    ),
    (
        "ru",
        "Самарканд",
        ["Шерзод Рахимов"],
        [
            (
                0,
                [],
                "самарканд махалля около {{регистана}} 8 парней [[name:шерзод рахимов|шерзод,рахимов]] привел соседей",
            ),
            (2, ["quote"], "[[first:шерзод]] говорит жена должна слушать свекровь так у всех"),
            (4, ["resistance"], "[[nick:боцман]] все время перебивал говорил что это все с запада"),
            (
                7,
                ["insight"],
                "[[first:жасур]] брату 19 а невесте 16 свадьба осенью в {{ургуте}} невеста [[desc:дочь единственного продавца сим карт на ургутском базаре]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:жасуру|жасур]] плохо спит говорит иногда хочется исчезнуть телеграм [[handle:@jasur_samq]] написать завтра",
            ),
        ],
    ),
    (
        "ru",
        "Нукус",
        [],
        [
            (
                0,
                [],
                "нукус 10 парней каракалпаки и казахи [[first:бахтияр]] самый активный [[first:нур]] молчал весь час",
            ),
            (
                3,
                ["quote"],
                "[[first:бахтияр]] говорит девочка после 9 класса должна выходить замуж иначе позор",
            ),
            (5, ["insight"], "[[first:кенжебай]] рассказал что дядя бьет тетю и весь аул знает но молчат"),
            (
                6,
                ["follow-up"],
                "[[first:кенжебая|кенжебай]] двоюродную сестру увезли из {{кунграда}} прошлым летом она вернулась номер [[phone:+998 91 555 24 70]]",
            ),
            (
                9,
                ["insight"],
                "в конце говорили про {{арал}} и что парни уезжают в {{россию}} на заработки [[first:нура|нур]] отец тоже там",
            ),
        ],
    ),
    # ------------------------------------------------------------------ F2: Kazakh, 2021 Latin
    (
        "kk",
        "Aqtau",
        [],
        [
            (0, [], "Bügın 13 jıgıt keldı, köbı 27 şağyn audannan. [[first:Qairat]] bırınşı bolyp söz aldy."),
            (
                2,
                ["quote"],
                "[[first:Qairattyñ|Qairat]] sözı: «Er adam jylamaidy, jylasa — äiel». [[first:Dauletpen|Daulet]] kelıspedı.",
            ),
            (
                5,
                ["insight"],
                "[[first:Daulet]] äkesı şeşesın ūrady dep aitty, ondaida ınısın basqa bölmege aparyp jasyrady eken.",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[first:Dauletke|Daulet]] {{150}} jäne {{111}} nömırlerın berdım. Telefony [[phone:+7 778 555 19 42]], jūma künı habarlasamyn.",
            ),
            (11, [], "Soñynda {{Abaidyñ}} qara sözın oqydyq, [[nick:Qaireke|Qairat]] «ūnady» dedı."),
        ],
    ),
    (
        "kk",
        "Jañaözen",
        ["Azamat Seiıtov", "Ūlan Bekov"],
        [
            (
                0,
                [],
                "Jañaözen, 8 jıgıt. [[name:Azamat Seiıtov|Azamat,Seiıtov]] men [[name:Ūlan Bekov|Ūlan,Bekov]] aldymen keldı.",
            ),
            (3, ["quote"], "[[first:azamat|Azamat]]: «qyzdar oqyp ne ısteidı, bärıbır turmysqa şyğady»"),
            (
                6,
                ["resistance"],
                "[[first:Ūlan]] alyp qaşu — salt, atam da solai üilengen dedı. [[first:Ūlannyñ|Ūlan]] äkesı {{Özenmūnaiğazda}} ısteidı.",
            ),
            (
                7,
                ["insight"],
                "[[first:Azamattyñ|Azamat]] apasy 16 jasynda turmysqa şyqty, qazır ajyrasqan, balasy bar.",
            ),
            (
                10,
                ["follow-up"],
                "[[surname:Bekov]] sabaqtan keiın qaldy, ağasy telefonyn tartyp alady deidı. Instagram: [[link:instagram.com/ulan.bekov_jz]]",
            ),
        ],
    ),
    (
        "kk",
        "Ekıbastūz",
        [],
        [
            (0, [], "Ekıbastūz, kolledj, 11 jıgıt. [[first:Nūrjan]] men [[first:Aibar]] bır-bırın tanidy."),
            (
                2,
                ["quote"],
                "[[first:Aibardyñ|Aibar]] äkesı {{GRES-1}}-de ısteidı: «äkem üide bärın özı şeşedı» deidı.",
            ),
            (5, ["resistance"], "[[first:Nūrjan]]: «qyz özı kınälı, kiımıne qara». Basqalary ündemedı."),
            (
                8,
                ["insight"],
                "Sezımder turaly söilestık. [[nick:Nūreke|Nūrjan]] anasy {{Reseige}} jūmysqa ketkenın aitty, äjesımen qalğan.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Aibarğa|Aibar]] Telegram [[handle:@aibar_ekb]] arqyly jazamyn, ol {{Astanağa}} köşkısı keledı.",
            ),
        ],
    ),
    (
        "kk",
        "Stepnogor",
        [],
        [
            (0, [], "Stepnogor, 7 jıgıt, bärı orys mektebınen, sondyqtan baiau söiledık."),
            (3, ["insight"], "[[first:Ernar]] «jynys» pen «gender» aiyrmaşylyğyn tez tüsındı."),
            (
                6,
                ["quote"],
                "[[first:Ernardyñ|Ernar]] ağasy {{Şymkentte}} qyz alyp qaşqan. «Ağam onyñ kelısımın sūramağan» dedı.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Sanjar]] tünde ūiyqtai almaidy, «ölgım keledı» degen oilar bar. [[phone:8 702 555 77 30]], erteñ psihologqa aparamyn, {{150}} berdım.",
            ),
            (
                10,
                ["referral"],
                "[[first:Sanjardyñ|Sanjar]] anasy [[first:Gülnärmen|Gülnär]] söilestım, mektep psihology [[surname:Ahmetova]] habardar.",
            ),
        ],
    ),
    (
        "kk",
        "Nökıs",
        ["Baqytjan Serıkbaev", "Temırlan Ospan"],
        [
            (
                0,
                [],
                "Nökıs, qazaq mektebı, 10 jıgıt. [[first:Baqytjan]] bızdı qarsy aldy, [[surname:Ospan]] kömektestı.",
            ),
            (
                3,
                ["quote"],
                "[[first:Baqytjannyñ|Baqytjan]] sözı: «Qyz bala 18-ge deiın turmysqa şyğuy kerek».",
            ),
            (
                6,
                ["insight"],
                "Üş jıgıttıñ jeñgesı alyp qaşylğan. [[first:Temırlan]] aitty: bır jeñgesı qazır {{Taşkentte}}, qaitpaidy.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Temırlannyñ|Temırlan]] qaryndasyn 15 jasynda aittyryp qoiğan. [[phone:+998 93 555 61 08]] arqyly jazysamyz. [[name:Baqytjan Serıkbaev|Baqytjan,Serıkbaev]] de habardar.",
            ),
            (
                9,
                [],
                "{{Aral teñızı}} men jūmyssyzdyq turaly da söz boldy, köp äkeler {{Qazaqstanğa}} jūmysqa ketken.",
            ),
        ],
    ),
    (
        "kk",
        "Aqtau",
        [],
        [
            (0, [], "Aqtau, 14 şağyn audan, 12 jıgıt. короче половина по-русски, sondyqtan aralas söiledık."),
            (
                2,
                ["quote"],
                "[[first:Beknur]]: «мужик должен быть мужиком, bıttı». [[first:Beknurdy|Beknur]] eşkım toqtatpady.",
            ),
            (
                5,
                ["insight", "follow-up"],
                "[[first:Aslan]] сказал, что отец бьёт мать, ol tünde jeñgesıne baryp tüneidı. [[phone:+7 701 555 48 26]], звонить в пятницу.",
            ),
            (
                8,
                ["referral"],
                "[[first:Aslanğa|Aslan]] {{150}} berdım, {{UNFPA}} listovkasyn da. Анасымен сөйлесу керек — [[first:Raushan apai|Raushan]].",
            ),
            (
                10,
                [],
                "[[nick:Bekoş|Beknur]] TikTok-ta [[handle:@beknur.aktau]] — видео про «настоящих мужиков» salady eken, talqyladyq.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ F5: nicknames and honorifics (kk)
    (
        "kk",
        "Ақтау",
        ["Мирас Тәжібаев", "Ербол Сүлейменов"],
        [
            (
                0,
                [],
                "Бүгін [[first:Айгүл апай|Айгүл]] залды берді, 9 бала. [[nick:Мирасжан|Мирас]] мен [[nick:Ербоша|Ербол]] ерте келді.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Ербоша|Ербол]]: «шешем айтса да, әкем шешеді». [[name:Мирас Тәжібаев|Мирас,Тәжібаев]] күлді.",
            ),
            (
                5,
                ["insight"],
                "[[nick:Мирасжанның|Мирас]] жездесі апасын ұрады, апасы [[first:Шолпан тәте|Шолпан]] ешкімге айтпайды дейді.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Сүлейменовтің|Сүлейменов]] үйінде жағдай ауыр, [[first:Мақсат ағай|Мақсат]] (мектеп психологы) біледі. Тел [[phone:8 7292 55 12 40]].",
            ),
            (11, [], "Жабылуда {{Абай}} өлеңін [[nick:Бекеш]] оқыды, бәрінің жүзі {{нұрға}} толды."),
        ],
    ),
    (
        "kk",
        "Жаңаөзен",
        [],
        [
            (
                0,
                [],
                "[[first:Сәкен аға|Сәкен]] 10 жігітті жинап берді, [[first:Алтын апай|Алтын]] шай қойды, рахмет.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Ақа|Ақжол]]: «қыз баланың орны — ошақ басы». [[nick:Жәкеңнің|Жандос]] інісі келісті.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Жандос]] алып қашу — ата-дәстүр деп тұр, [[first:Ақжолға|Ақжол]] қосылды. {{Қазақстан}} заңы бойынша қылмыс екенін айттым.",
            ),
            (
                7,
                ["insight"],
                "[[desc:ауылдағы жалғыз малдәрігердің баласы]] өзінің 16 жастағы қарындасын айттыруға қарсы екенін айтты.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Жандосқа|Жандос]] кейін жазамын, WhatsApp [[phone:+7 707 555 90 14]]. [[first:Гүлжан апай|Гүлжан]] да хабардар.",
            ),
        ],
    ),
    (
        "kk",
        "Екібастұз",
        [],
        [
            (0, [], "Екібастұз, 8 жігіт, [[first:Асқар ағай|Асқар]] (бокс жаттықтырушысы) өзі әкелді."),
            (
                2,
                ["insight"],
                "«Ер адамның {{бақыты}} — отбасында» деп [[nick:Тәкен|Төлеген]] айтты, бәрі келісті.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Дәуке|Дәулет]]: «әйел адам ақша тапса, еркек сыйламайды». [[first:Ғалымжан інім|Ғалымжан]] қарсы шықты.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ғалымжанның|Ғалымжан]] ағасы ішеді, үйде төбелес. {{150}} бердім. Ағасының көлігі [[plate:145 ABK 14]], мас күйінде рульге отырады дейді.",
            ),
            (
                10,
                [],
                "[[nick:Дәукеге|Дәулет]] рөлдік ойынды жүргізуді тапсырдым, жақсы шықты. [[first:Асқар ағайға|Асқар]] рахмет айттым.",
            ),
        ],
    ),
    (
        "kk",
        "Жаңаөзен",
        [],
        [
            (0, [], "Сегодня 11 бала, [[first:Ермек ағай|Ермек]] помогал, рахмет оған."),
            (3, ["quote"], "[[nick:Сэка|Серік]]: «мужик деген — ол ақша», все ржали."),
            (
                6,
                ["insight"],
                "[[first:Нұрдәулеттің|Нұрдәулет]] сестру украли в 2022, әпкесі 17 жаста еді, сейчас у неё ребёнок.",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[first:Нұрдәулет]] суицид туралы айтты — сказал «иногда не хочу жить». {{150}} дала, завтра зайду к нему: [[address:Рахат ш/а, 5 үй, 17 пәтер]].",
            ),
            (10, [], "[[nick:Сэкаға|Серік]] понравилось, сказал придёт с [[first:Ағзаммен|Ағзам]]."),
        ],
    ),
    (
        "kk",
        "Ақтау",
        [],
        [
            (0, [], "[[first:Заңғар ағай|Заңғар]] залды берді. 10 бала, половина с 3 мкр."),
            (
                2,
                ["quote"],
                "[[nick:Бақа|Бақытжан]]: «еркек үй жинамайды, это позор». [[nick:Бақаға|Бақытжан]] екі бала қарсы шықты.",
            ),
            (
                5,
                ["insight"],
                "[[first:Руслан]] признался, что ағасы его бьёт ремнём с 12 лет. Он [[desc:3 мкр-дағы жалғыз шиномонтаж иесінің ұлы]], все его знают.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Русланға|Руслан]] {{111}} дала, позвонит сам. Номер [[phone:+7 776 555 31 85]], [[first:Гүлмира тәтесі|Гүлмира]] тоже знает.",
            ),
            (
                11,
                [],
                "Келесі жолы {{Маңғыстау}} жастар ресурстық орталығында, [[first:Заңғар ағаға|Заңғар]] айттым.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ F6: long notes, kk
    (
        "kk",
        "Ақтау",
        ["Дархан Есенғалиев"],
        [
            (
                0,
                [],
                "Ақтау, 11 шағын аудан, мектептің спорт залы. Қатысушылар тізімін мектеп берді, [[name:Дархан Есенғалиев|Дархан,Есенғалиев]] ([[dob:14.02.2008]]) тізімде бірінші, барлығы 12 жігіт, 15–18 жас.",
            ),
            (
                5,
                ["insight", "follow-up"],
                "Үзілісте [[first:Дархан]] үйде әкесінің шешесін ұратынын айтты. Толық: анасы [[first:Роза]], әкесі [[first:Қуаныш]], мекенжайы [[address:11 шағын аудан, 27 үй, 63 пәтер]]. Анасының ЖСН [[iin:790315450218]] — өзі жазып берді, жәрдемақы алу үшін керек дейді. {{150}} және учаскелік полиция жайлы түсіндірдім.",
            ),
            (
                7,
                ["quote"],
                "[[first:Дарханның|Дархан]] сөзі: «Әпкемді, [[first:Әсемді|Әсем]], 16-да күйеуге берді, ол оқығысы келген еді». Әпкесі қазір [[address:Шетпе ауылы, Жастар көшесі 9]] тұрады.",
            ),
            (
                9,
                ["referral"],
                "Анасына {{111}} желісін және {{ЮНИСЕФ}} кітапшасын бердім. Анасының нөмірі [[phone:+7 701 555 83 02]], тек күндіз хабарласу керек — әкесі кешке үйде.",
            ),
            (11, [], "Келесі кездесу 12 желтоқсан, сол залда. [[surname:Есенғалиев]] досын әкелемін деді."),
        ],
    ),
    (
        "kk",
        "Екібастұз",
        ["Олжас Тоқтаров"],
        [
            (
                0,
                [],
                "Екібастұз қаласы, №8 мектеп, 9–11 сынып, 10 жігіт. Сынып жетекшісі [[name:Самал Бейсенова|Самал,Бейсенова]] бірінші жарты сағатта отырды.",
            ),
            (
                3,
                ["quote"],
                "[[name:Олжас Тоқтаров|Олжас,Тоқтаров]] ([[dob:2009 ж. 3 мамыр]]): «Үйде ақшаны кім тапса, сол бастық».",
            ),
            (
                6,
                ["insight", "follow-up"],
                "[[first:Олжастың|Олжас]] ағасы [[name:Бауыржан Тоқтаров|Бауыржан,Тоқтаров]] өткен айда қызды алып қашқан, қыз [[desc:Шідерті ауылындағы жалғыз фельдшердің қызы]]. Қыз үйіне қайтып кеткен, енді ағасы оның отбасын қорқытады. Ағасының көлігі [[plate:908 KTA 14]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Олжасқа|Олжас]] {{112}} мен {{150}} айттым; ол ЖСН-ін жазып берді [[iin:090503550127]] — жастар орталығына тіркеу үшін. Мекенжайы [[address:Торайғыров көшесі 45, 12 пәтер]].",
            ),
            (
                10,
                [],
                "Келесі жолы {{Павлодар}} жастар орталығынан қонақ келеді, [[first:Самал апайға|Самал]] хабарладым.",
            ),
        ],
    ),
    (
        "kk",
        "Степногорск",
        [],
        [
            (
                0,
                [],
                "Степногорск, 4 шағын аудан, колледж жатақханасы. 7 жігіт, бәрі 17–19 жаста. Жатақхана тәрбиешісі [[first:Ләззат апай|Ләззат]] кіріп-шығып жүрді.",
            ),
            (
                4,
                ["quote"],
                "[[first:Мейрамбек]]: «Әйелім телефонын көрсетпесе — ұрамын». Тоқтатып, неге деп сұрадым; ол «менің {{арманым}} — тыныш отбасы» деді.",
            ),
            (
                8,
                ["insight", "follow-up"],
                "[[first:Мейрамбектің|Мейрамбек]] өзі [[dob:21.09.2006]] туған, анасы [[address:Ақмола облысы, Заводской ауылы, Орталық көшесі 7]] тұрады. Түнде өлгім келеді деп жазған, мен {{150}}-ге хабарластым. Жеке куәлігі [[passport:048776512]] — жатақханаға тіркелу үшін көшірмесін сұрады.",
            ),
            (
                9,
                ["referral"],
                "[[first:Мейрамбекке|Мейрамбек]] колледж психологы [[name:Әлия Нұрғожина|Әлия,Нұрғожина]] жазылды, email [[email:aliya.nurgozhina@mail.kz]].",
            ),
            (11, [], "Жабылу: екі жігіт {{Астанадағы}} жоғары оқу орнына түскісі келеді."),
        ],
    ),
    # ------------------------------------------------------------------ F5: nicknames and honorifics (ru)
    (
        "ru",
        "Баткен",
        ["Азамат Токтосунов", "Бекжан Абдыкадыров"],
        [
            (
                0,
                [],
                "Баткен, 10 ребят. [[first:Жылдыз эже|Жылдыз]] дала класс. [[nick:Азик|Азамат]] и [[nick:Бека|Бекжан]] пришли первыми.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Бека|Бекжан]]: «мужчина должен держать жену в руках». [[name:Азамат Токтосунов|Азамат,Токтосунов]] кивал.",
            ),
            (
                6,
                ["insight"],
                "Старший брат [[first:Азамата|Азамат]] «украл» жену из соседнего села, [[nick:Азик|Азамат]] говорит, что она плакала три дня.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Абдыкадыров]] остался после, говорит, что [[first:Талант байке|Талант]] (отчим) бьёт мать. Дала {{111}}.",
            ),
            (
                10,
                ["referral"],
                "Поговорила с [[first:Жылдыз эже|Жылдыз]], она знает соцработника [[first:Нурлан агая|Нурлан]]. Номер [[phone:+996 770 555 218]].",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        [],
        [
            (
                0,
                [],
                "Талас, село рядом с городом, 9 парней. [[first:Марат байке|Марат]] (аксакал) открыл встречу.",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Тайсон]] говорит: «девушка должна уважать мужа, иначе никак». [[nick:Тайсону|Тайсон]] аплодировали.",
            ),
            (
                5,
                ["insight"],
                "[[nick:Эрмекжан|Эрмек]] вспомнил {{Каныкей}} — жену {{Манаса}}, сказал, что она была умнее всех.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Эрмек]]: сестре 16, родители обсуждают сватов. Договорились созвониться [[phone:+996 555 704 311]]. Отец ездит на [[plate:07 412 ABK]].",
            ),
            (11, [], "[[first:Марат байке|Марат]] просил приехать ещё, в {{Таласе}} такого не было."),
        ],
    ),
    (
        "ru",
        "Самарканд",
        [],
        [
            (
                0,
                [],
                "Самарканд, махалля, 11 парней. [[first:Ахрор ака|Ахрор]] из махаллинского комитета помог собрать.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Сарик|Сардор]]: «жена должна слушаться свекровь». [[first:Сардору|Сардор]] никто не возразил.",
            ),
            (
                6,
                ["insight"],
                "[[nick:Боха|Бахтиёр]]: у нас не крадут, но сватают в 17. [[first:Дилноза опа|Дилноза]] (его тётя) так вышла в 16.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бахтиёр]] сказал, что иногда хочет умереть, после того как [[first:Рустам ака|Рустам]] (отец) выгнал из дома. Номер [[phone:+998 90 555 31 47]], почта [[email:bahtiyor.boha@mail.ru]].",
            ),
            (
                10,
                [],
                "[[nick:Сарик|Сардор]] хочет стать волонтёром, инстаграм [[handle:@sardor.smq]]. Ходили смотреть обсерваторию {{Улугбека}}.",
            ),
        ],
    ),
    (
        "ru",
        "Хорог",
        [],
        [
            (
                0,
                [],
                "Хорог, 8 парней, [[first:Давлатшо ака|Давлатшо]] открыл аудиторию в {{Университете Центральной Азии}}.",
            ),
            (3, ["quote"], "[[nick:Шоха|Шохрух]]: «девушке не надо ехать учиться в {{Душанбе}}»."),
            (
                5,
                ["insight"],
                "[[first:Мехрубон]] сказал, что дядя бьёт тётю, весь кишлак знает. [[first:Мехрубона|Мехрубон]] мама просит молчать.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Мехрубону|Мехрубон]] посоветовала психолога при {{Фонде Ага Хана}}, номер его [[phone:+992 93 555 40 17]].",
            ),
            (
                10,
                [],
                "[[nick:Шохе|Шохрух]] понравилась ролевая игра. [[first:Нигина опа|Нигина]] принесла чай.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ F6: long notes, ru
    (
        "ru",
        "Экибастуз",
        ["Никита Воронов"],
        [
            (
                0,
                [],
                "Экибастуз, колледж, 12 участников. Куратор группы [[name:Ольга Викторовна Шевченко|Ольга,Викторовна,Шевченко]] присутствовала первые полчаса. {{Слава богу}}, зал тёплый.",
            ),
            (
                4,
                ["quote"],
                "[[name:Никита Воронов|Никита,Воронов]] ([[dob:07.11.2007]]): «Если жена зарабатывает больше, это не мужик». Потом сам засомневался.",
            ),
            (
                5,
                ["insight", "follow-up"],
                "После перерыва [[first:Никита]] рассказал: отчим [[name:Геннадий Лысенко|Геннадий,Лысенко]], [[dob:1979 г.р.]], бьёт мать, живут по адресу [[address:ул. Ленина 31, кв. 8]]. Мать, [[first:Светлана]], боится подавать заявление. Рассказала про {{112}} и {{150}}.",
            ),
            (
                8,
                ["referral"],
                "Направила [[first:Никиту|Никита]] к психологу {{Красного Полумесяца}}, почта для записи [[email:nikita.voron07@gmail.com]] (его личная).",
            ),
            (
                10,
                [],
                "Его удостоверение [[passport:045123987]] сфотографировала для направления — удалить после. Читали отрывок, где герой {{романа}} плачет, обсуждали.",
            ),
        ],
    ),
    (
        "ru",
        "Бухара",
        ["Фаррух Назаров"],
        [
            (
                0,
                [],
                "Бухара, махалля возле {{Ляби-хауза}}, 9 парней 16–22 лет. [[name:Фаррух Назаров|Фаррух,Назаров]] ([[dob:02.06.2004]]) — помощник, сам прошёл тренинг в {{Ташкенте}}.",
            ),
            (3, ["quote"], "[[first:Жамшид]]: «калым — это честь семьи, без калыма никто замуж не отдаст»."),
            (
                7,
                ["insight", "follow-up"],
                "[[first:Жамшиду|Жамшид]] 19, родители нашли ему невесту 17 лет — [[desc:дочь единственного ювелира в махалле Гозиён]]. Он против, но боится отца. Паспорт показал сам ([[passport:AC 4418207]]), хочет уехать в {{Корею}} на работу, чтобы отложить свадьбу.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Жамшид]] живёт [[address:махалля Гозиён, ул. Хаккуллобод 14]], тел. [[phone:+998 97 555 02 86]]. Договорились встретиться с [[first:Фаррухом|Фаррух]] в пятницу.",
            ),
            (11, [], "В конце читали {{Навои}}, [[surname:Назаров]] переводил на узбекский."),
        ],
    ),
    (
        "ru",
        "Степногорск",
        [],
        [
            (
                0,
                [],
                "Степногорск, клуб при ДК, 10 парней 15–18. Тренер по боксу [[name:Игорь Литвиненко|Игорь,Литвиненко]] привёл свою группу, [[first:Роман]] (его племянник) снимал на телефон — попросила удалить.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Артём]]: «феминизм — это с Запада». [[first:Данияр]] возразил, что его мама одна тянет троих.",
            ),
            (
                5,
                ["insight", "follow-up"],
                "Мама [[first:Данияра|Данияр]] — [[name:Гульмира Жакупова|Гульмира,Жакупова]], [[dob:1984 г.р.]], в разводе, бывший муж преследует, приезжает на машине [[plate:731 AZD 03]]. Живут [[address:6 мкр, д. 12, кв. 34]]. Дала {{112}} и номер {{Союза кризисных центров Казахстана}}.",
            ),
            (8, ["quote"], "[[first:Артём]]: «Я думал, плакать — стыдно, а сегодня понял, что нет»."),
            (
                10,
                ["referral"],
                "Для направления записала ИИН [[first:Данияра|Данияр]]: [[iin:080412551034]], и его инстаграм [[link:instagram.com/daniyar_stepnogorsk]].",
            ),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        [],
        [
            (
                0,
                [],
                "Истаравшан, лицей, 11 парней 15–19. Учитель [[name:Шарифджон Каримов|Шарифджон,Каримов]] помогал с переводом на таджикский.",
            ),
            (3, ["quote"], "[[first:Фирдавс]]: «Девушка после 16 — уже старая для свадьбы»."),
            (
                6,
                ["insight", "follow-up"],
                "Отец [[first:Фирдавса|Фирдавс]] в {{России}} на заработках с 2019, мать одна. Сестра [[first:Мадина]] ([[dob:11.04.2009]]) — её сватают за [[desc:сына единственного зубного врача в их кишлаке]]. Адрес семьи: [[address:ул. Ходжа Камол 27, Истаравшан]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Фирдавсу|Фирдавс]] дала свой номер; его [[phone:+992 92 555 73 19]], паспорт показал для списка: [[passport:A 0417735]].",
            ),
            (11, [], "Закончили стихами {{Рудаки}}, [[surname:Каримов]] читал на таджикском."),
        ],
    ),
    # ------------------------------------------------------------------ F6: long notes, en
    (
        "en",
        "Khorog",
        [],
        [
            (
                0,
                [],
                "Khorog, a seminar room at the {{University of Central Asia}}, 9 participants aged 16–21. Local co-facilitator [[name:Parviz Mamadnazarov|Parviz,Mamadnazarov]] (born [[dob:19 March 1999]]) translated into {{Shughni}} when needed.",
            ),
            (
                4,
                ["quote"],
                "[[first:Alibek]]: 'A man who cooks is not a man.' Others laughed; [[first:Parviz]] asked him who cooks at his grandmother's house.",
            ),
            (
                6,
                ["insight", "follow-up"],
                "[[first:Alibek's|Alibek]] cousin [[first:Nilufar]] was taken last summer from the bazaar in {{Rushan}} by [[desc:the son of the only family with a lorry in Porshinev]]. She went back home after two days. [[first:Alibek]] lives at [[address:Gagarin St 41, apt 6, Khorog]]; phone [[phone:+992 93 555 28 64]].",
            ),
            (
                8,
                ["referral"],
                "Referred [[first:Alibek]] to the {{Aga Khan Health Services}} counsellor. His passport number [[passport:A 0523418]] was needed for the clinic form; I will shred the copy.",
            ),
            (10, [], "Next session at the {{Pamir}} youth centre on Friday."),
        ],
    ),
    # ------------------------------------------------------------------ F4: careful English
    (
        "en",
        "Samarkand",
        ["Timur Yusupov"],
        [
            (
                0,
                [],
                "Samarkand, community centre near {{Registan Square}}. Eleven participants, aged 15 to 20. [[name:Timur Yusupov|Timur,Yusupov]] arrived with two friends; [[first:Will]], a volunteer from the host organisation, helped with chairs.",
            ),
            (2, ["quote"], "[[first:Timur]] said: 'In our mahalla a man who helps at home is laughed at.'"),
            (
                5,
                ["resistance"],
                "[[first:Otabek]] argued that a husband has the right to check his wife's phone. [[first:Timur]] disagreed politely.",
            ),
            (
                8,
                ["insight", "follow-up"],
                "[[first:Otabek]] stayed afterwards and said his father beats his mother when he drinks. I gave him the {{1146}} helpline number, and we agreed I would call him on Thursday: [[phone:+998 99 555 67 12]].",
            ),
            (
                10,
                [],
                "[[first:Timur]] wants to read more; I recommended {{UN Women}} materials in Uzbek. E-mail for sending them: [[email:t.yusupov2006@gmail.com]].",
            ),
        ],
    ),
    (
        "en",
        "Talas",
        [],
        [
            (
                0,
                [],
                "Talas, youth centre. Nine participants; most were Kyrgyz speakers, so [[first:Aidana]] from the host organisation interpreted.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Max]] (that is what [[first:Maksat]] asks everyone to call him) said: 'Girls from Talas who go to {{Bishkek}} come back spoiled.'",
            ),
            (
                6,
                ["insight"],
                "Two participants described bride kidnapping in their own families. [[first:Maksat's|Maksat]] older brother kidnapped his wife in 2021; she was nineteen.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Nurlan]] mentioned that he has thought about ending his life since he failed the {{ORT}} exam. I gave him {{111}} and talked with him for twenty minutes. Phone: [[phone:+996 700 555 193]].",
            ),
            (11, [], "Closing circle: everyone named one thing they {{will}} do differently at home."),
        ],
    ),
    (
        "en",
        "Nukus",
        [],
        [
            (
                0,
                [],
                "Nukus, a classroom at a college. Twelve young men, mostly Karakalpak. We started late because of a power cut.",
            ),
            (
                2,
                ["quote"],
                "[[first:Azizbek]]: 'My grandfather says a real man never asks his wife's opinion.' [[first:Ravshan]] nodded.",
            ),
            (
                5,
                ["insight"],
                "[[first:Ravshan]] spoke about his cousin, [[desc:the only female doctor in the village of Qazaqdarya]], whose husband no longer lets her work.",
            ),
            (
                7,
                ["resistance"],
                "Several said that marrying at 17 is normal; [[first:Azizbek]] said the legal age in {{Uzbekistan}} is 18 'only on paper'.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Azizbek]] asked for materials in Karakalpak. Telegram: [[handle:@azizbek_nks]]; e-mail: [[email:azizbek.qoraqalpoq@inbox.uz]].",
            ),
            (11, [], "Room capacity is {{max}} fifteen, so next time we split into two groups."),
        ],
    ),
    (
        "en",
        "Bukhara",
        ["Behruz Rakhimov", "Sanjar Tursunov"],
        [
            (
                0,
                [],
                "Bukhara, a guesthouse courtyard near the {{Ark}}; ten participants, two of them working as tour guides.",
            ),
            (
                3,
                ["quote"],
                "[[first:Sanjar]] (a guide): 'Foreign women travel alone, but our sisters cannot go to the next town.'",
            ),
            (
                6,
                ["insight"],
                "[[name:Behruz Rakhimov|Behruz,Rakhimov]] said his sister [[first:Gulchehra]] was engaged at sixteen; she is now seventeen and pregnant.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Behruz]] feels responsible and has not slept well. I suggested he talk to the school psychologist, [[name:Malika Ergasheva|Malika,Ergasheva]]; phone [[phone:+998 65 555 41 09]].",
            ),
            (
                10,
                ["referral"],
                "Shared {{UNFPA}} leaflets in Uzbek; [[surname:Tursunov]] will post them on his page, [[link:instagram.com/sanjar_bukhara_guide]].",
            ),
        ],
    ),
    (
        "en",
        "Batken",
        [],
        [
            (
                0,
                [],
                "Batken, school gym. Thirteen participants; several had just come back from seasonal work in {{Russia}}.",
            ),
            (2, ["quote"], "[[first:Ulan]]: 'A man who earns nothing has no voice at home.'"),
            (
                5,
                ["resistance", "quote"],
                "[[first:Erlan]] insisted that a wife who leaves her husband shames the whole family. [[first:Ulan]] asked him what his mother would say.",
            ),
            (
                7,
                ["insight"],
                "[[first:Erlan's|Erlan]] younger sister was promised to a man twelve years older; [[desc:the only mullah in Ak-Sai]] is to read the nikah in May.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Erlan]] agreed to meet again. WhatsApp: [[phone:+996 777 555 620]]. His friend [[nick:Kuka]] asked for the {{111}} number too.",
            ),
        ],
    ),
    # ------------------------------------------------------------------ F3: Russian with local words glued in (mixed)
    (
        "ru",
        "Баткен",
        [],
        [
            (0, [], "Баткен, 10 балдар пришли, [[first:Нурбек]] из айыла пешком, жарайсың."),
            (
                2,
                ["quote"],
                "[[first:Бакыт]]: «эркек киши не плачет, ошондой». [[first:Бакыттын|Бакыт]] агасы кивал.",
            ),
            (
                6,
                ["insight"],
                "[[first:Нурбектин|Нурбек]] эжесин уурдап кетишти в {{Кадамжае}}, ей было 17, вернулась, теперь айылда сплетни.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бакыт]] признался: «кээде жашагым келбейт». Дала {{111}}, номер его [[phone:+996 559 555 847]], эртең чалам.",
            ),
            (
                10,
                [],
                "[[nick:Бакаш|Бакыт]] хочет вести группу в своём айыле, инста [[handle:@bakash_batken]].",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        ["Эламан Жумабеков"],
        [
            (
                0,
                [],
                "Талас, 8 жигиттер, [[name:Эламан Жумабеков|Эламан,Жумабеков]] привёл своих из колледжа.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Эламан]]: «аял деген үйдө отурат, так всегда было». Я привела в пример {{Каныкей}} из {{Манаса}}.",
            ),
            (
                5,
                ["insight"],
                "[[first:Темирлан]] айтты: атасы апасын урат, когда выпьет. [[first:Темирландын|Темирлан]] иниси боится домой идти.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Эламандын|Эламан]] карындашын 16 жашта сватают, ал каршы. Телефон [[phone:0 777 555 312]], [[first:Эламанга|Эламан]] бейшембиде чалам.",
            ),
            (
                9,
                ["referral"],
                "[[first:Темирланга|Темирлан]] дала {{111}} и адрес кризисного центра {{Сезим}} в {{Бишкеке}}.",
            ),
        ],
    ),
    (
        "ru",
        "Бухара",
        [],
        [
            (0, [], "Бухара, махалла, 9 йигитлар, [[first:Шахзод ака|Шахзод]] дал чайхану бесплатно."),
            (
                2,
                ["quote"],
                "[[first:Дилшод]]: «хотин должна слушаться, бу бизнинг урф-одат». [[first:Дилшоднинг|Дилшод]] укаси смеялся.",
            ),
            (
                6,
                ["insight"],
                "[[first:Фаридун]] рассказал: опаси 16 ёшда турмушга чикди, теперь 2 бола и муж в {{Москве}}.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Фаридунга|Фаридун]] иногда «яшагим келмайди» — сказал тихо. Договорились созваниваться, номер [[phone:+998 88 555 14 63]]. Школьный психолог [[surname:Турсунова]] в курсе.",
            ),
            (10, [], "{{Навоий}} шеърини ўқидик, [[nick:Дилик|Дилшод]] читал, зўр."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        [],
        [
            (0, [], "Истаравшан, 10 бачаҳо, [[first:Умед]] пришёл с братом [[first:Сухроб]]."),
            (
                3,
                ["quote"],
                "[[first:Сухроб]]: «зан должна быть дома, мард работает». [[first:Сухробро|Сухроб]] никто не перебивал.",
            ),
            (
                6,
                ["insight"],
                "Апаи [[first:Умеда|Умед]] в 17 лет вышла за парня из {{Худжанда}}, он её бьёт, сейчас она у модараш.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Умед]] переживает, говорит «дилам сиёҳ». Телефон [[phone:+992 91 555 08 72]], имо тоже, телеграм [[handle:@umed_ist_07]].",
            ),
            (
                10,
                ["referral"],
                "Дала контакт {{Красного Полумесяца Таджикистана}}, там психолог бесплатно. [[first:Сухробу|Сухроб]] тоже записала.",
            ),
        ],
    ),
    (
        "ru",
        "Нукус",
        [],
        [
            (0, [], "Нукус, колледж, 11 жигитлер, [[first:Ерназар]] организовал, рахмет."),
            (2, ["quote"], "[[first:Муратбай]]: «қатын не должна получать больше мужа», бәри смеялись."),
            (5, ["insight"], "[[first:Ерназардын|Ерназар]] ағасы бьёт жену, ишип келеди каждый вечер."),
            (
                7,
                ["follow-up"],
                "[[first:Муратбайдың|Муратбай]] сиңлиси 16 жаста, уже сватали из {{Ходжейли}}. Телефон [[phone:+998 61 555 29 04]], машина семьи жениха [[plate:95 A 417 KB]].",
            ),
            (
                11,
                [],
                "Про {{Бердаха}} вспомнили — он тоже писал про справедливость, [[first:Ерназар]] процитировал.",
            ),
        ],
    ),
]
