# INVENTED test data: every person, phone, e-mail, handle, address, document number, plate and date below is made up.
# Sixth set: Kazakhstan (Cyrillic and Latin Kazakh), Kyrgyzstan, Uzbekistan, Tajikistan, English-speaking trainers.

SESSIONS = [
    # ------------------------------------------------------------------ kk (Cyrillic)
    (
        "kk",
        "Шымкент",
        ["Ерлан Сапаров", "Дәулет Жұмабеков", "Бекжан Оразалиев"],
        [
            (
                0,
                [],
                "16 жігіт келді, [[name:Ерлан Сапаров|Ерлан,Сапаров]] кешікті, [[first:Дәулетпен|Дәулет]] бірге келді. {{Шымкент}} қалалық жастар орталығы",
            ),
            (2, ["quote"], "[[first:ерлан|Ерлан]]: «еркек жыламайды, әкем солай үйреткен». басқалар күлді"),
            (
                4,
                ["resistance"],
                "[[surname:Жұмабеков|Жұмабеков]] тақырыпты мазақ етті, «бұл батыстың идеясы» деді. {{Абай}} айтқандай «адам бол» дедім",
            ),
            (
                7,
                ["insight", "follow-up"],
                "[[first:Бекжанның|Бекжан]] әпкесін 17 жасында ала қашқан, ол соны айтып ашылды. кейін сөйлесу керек. тел [[phone:+7 701 384 27 65]]",
            ),
            (
                10,
                ["referral"],
                "[[first:бекжанға|Бекжан]] {{150}} сенім телефонын бердім, [[name:бекжан оразалиев|Бекжан,Оразалиев]] келісті",
            ),
        ],
    ),
    (
        "kk",
        "Түркістан",
        [],
        [
            (
                0,
                [],
                "12 бала, көбі колледжден. [[first:Нұрбол|Нұрбол]] мен [[first:Ғалымжан|Ғалымжан]] алдыңғы қатарда",
            ),
            (
                1,
                ["quote"],
                "[[first:ғалымжан|Ғалымжан]]: «қыз баланы 18-де күйеуге беру керек, кейін ешкім алмайды»",
            ),
            (3, ["resistance"], "[[nick:Ғалиш|Ғалымжан]] сабақтан шығып кетті, 10 минуттан кейін қайтты"),
            (
                5,
                ["insight"],
                "[[first:Нұрболдың|Нұрбол]] досы [[desc:Шорнақтағы жалғыз шиномонтаж иесінің баласы]], әкесі шешесін ұрады дейді. {{Түркістан}} емес, ауылда тұрады",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[first:нұрболға|Нұрбол]] {{111}} нөмірін бердім. анасының телефоны [[phone:8 775 219 40 83]], [[address:Есім хан көшесі, 23 үй]]",
            ),
            (11, [], "келесі кездесу бейсенбіде, [[handle:@nurbol_tks07|Nurbol]] инстаграмнан жазады"),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Мейірхан Тілеубаев", "Асқар Нұрпейісов"],
        [
            (0, [], "[[name:Мейірхан Тілеубаев|Мейірхан,Тілеубаев]] топ жетекшісі болды, 14 қатысушы"),
            (2, ["quote"], "[[first:асқар|Асқар]]: «үйде ақшаны кім тапса, сол басты. әйел тапса — ұят»"),
            (
                4,
                ["insight"],
                "[[first:Мейірханның|Мейірхан]] айтуынша ағасы қалыңдықты келісімсіз алып қашқан, қыз қазір [[address:Тасбөгет кенті, Жібек жолы 8]] тұрады",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Нұрпейісовтың|Нұрпейісов]] құжаты: ЖСН [[iin:060914550318]], туған күні [[dob:14.09.2006]], жеке куәлік [[passport:048215763]] — грантқа тіркеу үшін сұрады, кейін өшір",
            ),
            (
                9,
                ["referral"],
                "{{Қызылорда}} облыстық дағдарыс орталығына жібердім, {{112}} де айттым. {{Қорқыт ата}} ескерткішіне экскурсия ұсынды",
            ),
        ],
    ),
    (
        "kk",
        "Тараз",
        [],
        [
            (0, [], "мектеп-лицей, 9 бала. [[first:Бақыт|Бақыт]] апай (мұғалім) есікті жауып кетті"),
            (2, ["quote", "resistance"], "[[first:арман|Арман]]: «әйел ұрса да біз кінәліміз бе?» деп күлді"),
            (
                5,
                ["insight"],
                "[[first:Армандың|Арман]] досы [[nick:Тайсон]] үйде әкесі анасын ұратынын айтты, ұялып тұрды",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:тайсонға|Тайсон]] жеке сөйлестім. [[phone:+7 747 502 18 39]], [[address:Жамбыл ауданы, Айша бибі ауылы, Орталық көшесі 41]]",
            ),
            (
                10,
                ["referral", "follow-up"],
                "[[first:Бақыт|Бақыт]] апайға айттым, мектеп психологы {{150}} арқылы көмектеседі. {{Тараз}} ювеналдық полициясы да бар",
            ),
        ],
    ),
    (
        "kk",
        "Жаңаөзен",
        ["Ержан Қуанышев", "Ақжол Бисенов", "Темірлан Досымов"],
        [
            (
                0,
                [],
                "мұнайшылар ауылынан балалар: [[name:Ержан Қуанышев|Ержан,Қуанышев]], [[name:ақжол бисенов|Ақжол,Бисенов]] және тағы 8",
            ),
            (
                3,
                ["quote"],
                "[[first:Темірлан|Темірлан]]: «менің {{арманым}} — {{Астана}}ға кетіп, ешкімге тәуелді болмау»",
            ),
            (5, ["resistance"], "[[first:Ержанға|Ержан]] ұнамады, «бізде ондай проблема жоқ» деді"),
            (
                7,
                ["insight"],
                "[[first:Ақжолдың|Ақжол]] айтуы бойынша [[desc:Теңге кентіндегі жалғыз фельдшер әйелдің ұлы]] өзіне қол жұмсағысы келетінін жазған",
            ),
            (
                8,
                ["follow-up", "referral"],
                "сол жігіттің нөмірі [[phone:8 729 340 15 62]], ата-анасына айтпа деді. {{150}} және {{112}} бердім",
            ),
            (
                11,
                [],
                "[[surname:Досымов|Досымов]] келесі жолы досын әкелемін деді, [[handle:@temirlan.dsm|Temirlan]]",
            ),
        ],
    ),
    (
        "kk",
        "Талдықорған",
        [],
        [
            (0, [], "11 жігіт, [[first:Бауыржан|Бауыржан]] аға (ұйымдастырушы) кешікті"),
            (
                2,
                ["quote"],
                "[[first:нұрасыл|Нұрасыл]]: «қыз ала қашу — дәстүр, әкем де шешемді солай алған, {{бақытты}} болды ғой»",
            ),
            (
                4,
                ["resistance", "quote"],
                "[[surname:Сыздықовтың|Сыздықов]] ұлы қарсы болды: «{{Құран}}да жазылған» деді",
            ),
            (
                6,
                ["insight"],
                "[[first:Нұрасылмен|Нұрасыл]] үзілісте сөйлестім, әкесі [[dob:2009 жылғы 3 наурызда]] туған қарындасын күйеуге бермекші",
            ),
            (
                9,
                ["follow-up"],
                "[[first:бауыржан|Бауыржан]] ағаның поштасы [[email:baur.taldyk@mail.ru]], есепті соған жіберу. көлігі [[plate:347 BKS 03]]",
            ),
            (11, ["referral"], "{{Талдықорған}} жастар ресурстық орталығы, {{111}}"),
        ],
    ),
    (
        "kk",
        "Семей",
        ["Ильяс Жақсыбеков", "Данияр Омаров"],
        [
            (
                0,
                [],
                "[[name:Ильяс Жақсыбеков|Ильяс,Жақсыбеков]] мен [[first:Данияр|Данияр]] келді, барлығы 13. залда {{Абай}} портреті ілулі",
            ),
            (
                3,
                ["quote"],
                "[[first:ильяс|Ильяс]]: «боксшы {{алтын}} медаль алса — еркек, ал ыдыс жуса — еркек емес пе?» күлкі",
            ),
            (
                5,
                ["insight"],
                "[[first:Даниярдың|Данияр]] анасы [[desc:Абыралы ауылындағы жалғыз мектеп директоры]], үйде әкесі ішеді, ұрысады",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Омаровқа|Омаров]] хат жазамын: [[email:daniar.omarov2007@gmail.com|Daniar,Omarov]]",
            ),
            (
                10,
                ["referral"],
                "{{Семей}} дағдарыс орталығы; [[phone:+7 705 611 92 04]] — бұл [[first:Даниярдікі|Данияр]], орталықтыкі емес",
            ),
        ],
    ),
    (
        "kk",
        "Ақтөбе",
        [],
        [
            (
                0,
                [],
                "10 жігіт: [[first:Ерболат|Ерболат]], [[first:Самғат|Самғат]], [[nick:Шәку|Шәкәрім]] т.б.",
            ),
            (
                2,
                ["quote"],
                "[[nick:шәку|Шәкәрім]]: «әйелім жұмыс істесе, ел не дейді? нағыз {{азамат}} отбасын өзі асырайды»",
            ),
            (4, ["resistance"], "[[first:Самғатқа|Самғат]] ұнамады, телефонмен ойнап отырды"),
            (
                6,
                ["insight", "quote"],
                "[[first:ерболат|Ерболат]]: «әкем анамды ұрғанда мен 8 жаста едім, сол үшін мен ешқашан...» — жылады",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ерболаттың|Ерболат]] мекенжайы [[address:Батыс-2 ықшамауданы, 17 үй, 54 пәтер]], әкесі [[plate:512 KRT 04]] көлікпен әкеледі",
            ),
            (11, ["referral"], "{{Ақтөбе}} облыстық психологиялық орталығы, {{150}}"),
        ],
    ),
    (
        "kk",
        "Кентау",
        [],
        [
            (0, [], "[[name:Бахтияр Ермеков|Бахтияр,Ермеков]] байке залды берді, 15 бала"),
            (2, ["quote"], "[[first:Мұхтар|Мұхтар]]: «қызды ерте ұзатса, ұят болмайды»"),
            (
                4,
                ["resistance"],
                "[[first:мұхтардың|Мұхтар]] досы [[surname:Әлімқұлов|Әлімқұлов]] «бұл грант алу үшін» деп айқайлады",
            ),
            (
                6,
                ["insight"],
                "[[first:Бахтияр|Бахтияр]] байкенің айтуынша былтыр [[desc:Хантағы ауылындағы наубайшы өзбек әйелдің қызы]] 16 жасында тұрмысқа берілген",
            ),
            (
                9,
                ["follow-up"],
                "[[surname:Әлімқұловтың|Әлімқұлов]] әкесі [[phone:8 725 36 4 18 77]] хабарласты, ренжіп жүр",
            ),
            (11, ["referral"], "{{Түркістан облысы}} бойынша {{ЮНИСЕФ}} жобасы туралы айттым"),
        ],
    ),
    (
        "kk",
        "Сарыағаш",
        [],
        [
            (0, [], "санаторий маңындағы мектеп, 8 бала. мұғалім «балалар — үйдің {{нұры}}» деп бастады"),
            (2, ["quote"], "[[first:жандос|Жандос]]: «{{Ташкент}}ке жұмысқа кетеміз, онда бәрі басқа»"),
            (
                3,
                ["insight"],
                "[[first:Жандос|Жандос]] сыныптасы [[first:Айкөркемнің|Айкөркем]] суретін рұқсатсыз таратқанын мойындады",
            ),
            (
                5,
                ["follow-up"],
                "[[first:айкөркемнің|Айкөркем]] аккаунты [[link:instagram.com/aikorkem.s_08|Aikorkem]], сурет әлі тұр ма — тексеру",
            ),
            (
                7,
                ["referral"],
                "{{102}} полиция, {{150}}, мектеп психологы [[name:Гүлназ Төлегенова|Гүлназ,Төлегенова]]",
            ),
            (10, ["resistance"], "[[first:жандостың|Жандос]] ағасы келіп «біздің ісімізге араласпа» деді"),
        ],
    ),
    # ------------------------------------------------------------------ kk (Latin)
    (
        "kk",
        "Almaty",
        [],
        [
            (
                0,
                [],
                "17 jigit keldi, [[name:Qaırat Smaǵulov|Qaırat,Smaǵulov]] kómekshi boldy. {{Almaty}}, jastar ortalyǵy",
            ),
            (2, ["quote"], "[[first:ánsar|Ánsar]]: «erkek úıde ydys jýmaıdy, ol qatynnyń jumysy»"),
            (
                4,
                ["resistance"],
                "[[first:Ánsarǵa|Ánsar]] [[first:Qaırattyń|Qaırat]] jaýaby unamady, daýlasty",
            ),
            (
                6,
                ["insight"],
                "[[first:Ásettiń|Áset]] apasyn 2 jyl buryn alyp qashqan, ol qazir [[address:Shańyraq-2 yqshamaýdany, Tólebaev kóshesi 112]] turady",
            ),
            (8, ["follow-up"], "[[first:áset|Áset]] nómiri [[phone:+7 778 903 61 24]], senbide habarlasý"),
            (10, ["referral"], "{{150}} jáne {{NeMolchi.kz}} berdim"),
        ],
    ),
    (
        "kk",
        "Atyraý",
        [],
        [
            (0, [], "[[first:Nurjan|Nurjan]] aǵaı zal berdi, 9 qatysýshy. {{Atyraý}}, Jylyoı jaǵy"),
            (2, ["quote"], "[[nick:Dáke|Dáýlet]]: «qyz bala 20-dan asqansha turmysqa shyǵýy kerek»"),
            (
                3,
                ["resistance"],
                "[[first:Dáýlettiń|Dáýlet]] dosy [[surname:Ǵabdýllın|Ǵabdýllın]] «bul feminızm» dep kúldi",
            ),
            (
                6,
                ["insight"],
                "[[first:Nurjannyń|Nurjan]] aıtýynsha [[desc:Aqkól aýylyndaǵy jalǵyz dúken ıesiniń uly]] ózine qol jumsamaq bolǵan",
            ),
            (
                8,
                ["follow-up", "referral"],
                "sol balanyń anasy [[phone:8 712 24 5 90 31]], {{112}} men {{150}} berdim",
            ),
            (11, [], "[[handle:@dake_atr|Dáýlet]] arqyly kelesi kezdesýdi habarlaımyz"),
        ],
    ),
    (
        "kk",
        "Qonaev",
        [],
        [
            (0, [], "{{Qonaev}} qalasy, 12 jıgıt. [[name:Jandos Täjibaev|Jandos,Täjibaev]] tobyn äkeldı"),
            (2, ["quote"], "[[first:şyñğys|Şyñğys]]: «äielım menen köp tapsa, ūiat bolady»"),
            (4, ["insight"], "[[first:Jandosqa|Jandos]] sol sözdı äkesınıñ aitatynyn aitty, özı kelıspeidı"),
            (
                6,
                ["resistance", "quote"],
                "[[surname:Täjibaevtyñ|Täjibaev]] inısı: «{{Qūran}}da er adam basty»",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Şyñğystyñ|Şyñğys]] poştasy [[email:shyngys.k05@inbox.kz|Shyngys]], tuğan künı [[dob:2005.07.22]]",
            ),
            (10, ["referral"], "{{111}}, audandyq jastar ortalyğy"),
        ],
    ),
    (
        "kk",
        "Shymkent",
        [],
        [
            (0, [], "bugin 14 bala keldi, [[first:kairat|Kairat]] zhok, [[first:Dauren|Dauren]] keshikti"),
            (
                2,
                ["quote"],
                "[[first:daurennin|Dauren]] sozi: «kyz balaga telefon bermeu kerek, bakylau kerek»",
            ),
            (4, ["resistance"], "[[surname:Turlybekov|Turlybekov]] oz tobyn ertip shygyp ketti"),
            (
                5,
                ["insight"],
                "[[first:Kairattyn|Kairat]] dosy aitty: ol uide akesinen korkady, akesi [[desc:Sairam audanyndagy zhalgyz mal dariger]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:kairatka|Kairat]] zvondau [[phone:87014471902]], insta [[link:instagram.com/kairat_shym_17|Kairat]]",
            ),
            (9, ["referral"], "{{150}} nomirin berdim, {{Shymkent}} kalalyk dagdarys ortalygy"),
        ],
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "Алматы",
        ["Тимур Ахметов", "Руслан Ким", "Вадим Шевченко"],
        [
            (
                0,
                [],
                "пришли 18, [[name:Тимур Ахметов|Тимур,Ахметов]] и [[name:руслан ким|Руслан,Ким]] вместе. {{Алматы}}, Бостандыкский р-н",
            ),
            (2, ["quote"], "[[first:тимур|Тимур]]: «если девушка сама пришла ночью — сама виновата»"),
            (3, ["resistance"], "[[surname:Шевченко|Шевченко]] ржал, сказал «это всё {{TikTok}} придумал»"),
            (
                6,
                ["insight"],
                "[[first:Русланом|Руслан]] поговорил после перерыва: отчим бьёт мать, он ночует у друга на [[address:Тимирязева 42/1, кв 77]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Руслана|Руслан]] номер [[phone:+7 707 418 55 93]], телега [[handle:@rus_kim_almaty|Rus]]; отчим ездит на [[plate:808 ATM 02]]",
            ),
            (
                10,
                ["referral"],
                "дал {{111}} и контакты {{Союза кризисных центров}}. [[first:вадим|Вадим]] тоже взял номер",
            ),
        ],
    ),
    (
        "ru",
        "Караганда",
        [],
        [
            (0, [], "колледж, 14 человек, [[first:Слава|Слава]] и [[first:Денис|Денис]] с первого курса"),
            (2, ["quote"], "[[first:славик|Слава,Славик]]: «у нас на районе кто первый ударил, тот и прав»"),
            (
                4,
                ["insight"],
                "[[first:Дениса|Денис]] мать [[desc:единственная медсестра в посёлке Доскей]], отец пьёт. сам сказал, что думает «уйти насовсем» — суицидальные мысли?",
            ),
            (
                5,
                ["follow-up", "referral"],
                "поговорил с [[first:Денисом|Денис]] отдельно, дал {{150}}, школьный психолог [[name:Ирина Павловна Лях|Ирина,Павловна,Лях]]",
            ),
            (
                7,
                ["resistance"],
                "[[surname:Бекенов|Бекенов]]: «нам это не надо, у нас {{Караганда}} шахтёрская, мужики сами решают»",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Славы|Слава]] адрес для сертификата [[address:мкр Гульдер-1, д. 5, кв. 102]], ИИН [[iin:070219500847]]",
            ),
        ],
    ),
    (
        "ru",
        "Усть-Каменогорск",
        ["Артём Зайцев", "Никита Лукин"],
        [
            (
                0,
                [],
                "[[name:Артём Зайцев|Артём,Зайцев]] привёл [[name:Никиту Лукина|Никита,Лукин]], всего 10. читали отрывок, {{роман}} «Плаха» {{Айтматова}}",
            ),
            (
                3,
                ["quote"],
                "[[first:никита|Никита]]: «я бы не хотел, чтобы сестру так называли, как мы девчонок в чате называем»",
            ),
            (
                5,
                ["insight"],
                "[[first:Артёмом|Артём]] рассказал про чат, куда кидают фото одноклассниц, админ [[handle:@ukg_pacany_chat]]",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Зайцеву|Зайцев]] напишу на [[email:a.zaitsev.ukg@yandex.kz|Zaitsev]]",
            ),
            (
                9,
                ["referral"],
                "{{102}}, отдел по киберпреступлениям, {{Усть-Каменогорск}} ювенальная полиция",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (0, [], "[[first:Роман|Роман]] и [[first:Ильдар|Ильдар]] помогали с залом, 12 человек"),
            (2, ["quote"], "[[first:ромка|Роман,Ромка]]: «на районе не поймут, если девушка сама решает»"),
            (4, ["resistance"], "[[first:Ильдару|Ильдар]] не понравилось упражнение, ушёл курить"),
            (
                6,
                ["insight"],
                "[[first:Романа|Роман]] старший брат сидел за побои жены, мать до сих пор его защищает",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Рома|Роман,Рома]] живёт [[address:ул. Кутузова 215, кв 9]], номер [[phone:8 718 255 73 16]], д.р. [[dob:09.11.2006]]",
            ),
            (10, ["referral"], "{{Павлодар}} кризисный центр, {{111}}"),
        ],
    ),
    (
        "ru",
        "Бишкек",
        ["Айбек Токтогулов", "Эрлан Сыдыков", "Нурбек Мамытов"],
        [
            (
                0,
                [],
                "{{Бишкек}}, 20 парней из общаги, [[name:Айбек Токтогулов|Айбек,Токтогулов]] координирует",
            ),
            (2, ["quote"], "[[first:эрлан|Эрлан]]: «ала качуу это наша традиция, все так женились»"),
            (
                3,
                ["resistance"],
                "[[surname:Мамытов|Мамытов]] поддержал, сказал «в {{Нарыне}} до сих пор так»",
            ),
            (
                5,
                ["insight"],
                "[[first:Нурбека|Нурбек]] сестру украли в 17, она потом пыталась покончить с собой. он впервые это рассказал",
            ),
            (
                7,
                ["follow-up", "referral"],
                "[[first:Нурбеку|Нурбек]] дал {{Сезим}} и {{111}}. его номер [[phone:+996 555 813 407]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Айбеку|Айбек]] переслать материалы на [[email:aibek.t@mail.kg|Aibek]]; [[surname:Сыдыков|Сыдыков]] просил тоже",
            ),
        ],
    ),
    (
        "ru",
        "Ош",
        [],
        [
            (
                0,
                [],
                "{{Ош}}, 15 человек, узбекская и кыргызская молодёжь. [[first:Бахадыр|Бахадыр]] переводил",
            ),
            (
                2,
                ["quote"],
                "[[first:Бахадыра|Бахадыр]] друг [[first:Тилек|Тилек]]: «жена должна спрашивать разрешения выйти из дома»",
            ),
            (
                4,
                ["insight"],
                "[[first:Тилека|Тилек]] отец на заработках в {{Москве}}, мать одна, дядя бьёт её. [[first:тилек|Тилек]] хочет защитить, но боится",
            ),
            (
                6,
                ["follow-up"],
                "дядя живёт [[address:ул. Ленина 312, напротив мечети]], машина [[plate:02 512 ABK]]",
            ),
            (8, ["referral"], "{{102}}, {{111}}. мать, {{слава богу}}, согласилась поговорить с юристом"),
            (
                10,
                ["resistance"],
                "[[surname:Абдуллаев|Абдуллаев]] из старших сказал, что это «не наш менталитет»",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (0, [], "[[name:Мирлан Асанов|Мирлан,Асанов]] организовал в школе, 11 парней"),
            (3, ["quote"], "[[first:кубан|Кубан]]: «если девушку украли и она осталась — значит, согласна»"),
            (
                5,
                ["resistance"],
                "[[first:Кубана|Кубан]] поддержали почти все, спорили 20 минут. [[surname:Жумабаев|Жумабаев]] громче всех",
            ),
            (
                6,
                ["insight"],
                "[[first:Мирлан|Мирлан]] после: его двоюродную сестру, [[desc:единственную дочь лесника из Жети-Огуза]], украли в прошлом году",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[surname:Асанову|Асанов]] дал телефон кризисного центра, его номер [[phone:0 555 62 14 09]], ID-карта [[passport:ID1734852]] для списка",
            ),
            (11, [], "{{Иссык-Куль}}, следующая встреча через месяц"),
        ],
    ),
    (
        "ru",
        "Джалал-Абад",
        [],
        [
            (0, [], "15 парней, [[first:Азамат|Азамат]] ведёт вместе со мной"),
            (2, ["quote"], "[[first:азамат|Азамат]]: «я тоже раньше думал, что украсть — это романтика»"),
            (
                4,
                ["insight"],
                "[[first:Жаныбек|Жаныбек]] рассказал: его женят в 18 на [[desc:дочери единственного врача в Сузаке]], он не хочет",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Жаныбеку|Жаныбек]] номер [[phone:+996 770 41 88 26]], ватсап тот же; дата рождения [[dob:03.02.2008]]",
            ),
            (8, ["resistance"], "[[surname:Эшматов|Эшматов]]: «родители лучше знают»"),
            (10, ["referral"], "{{ЮНФПА}} молодёжная программа, {{111}}"),
        ],
    ),
    (
        "ru",
        "Ташкент",
        ["Шохрух Каримов", "Жасур Рахимов", "Отабек Назаров"],
        [
            (0, [], "{{Ташкент}}, Юнусабад, 16 студентов. [[name:Шохрух Каримов|Шохрух,Каримов]] староста"),
            (
                2,
                ["quote"],
                "[[first:жасур|Жасур]]: «жена после свадьбы должна жить у свекрови, так положено»",
            ),
            (4, ["resistance"], "[[surname:Назаров|Назаров]] спорил, что это «западная пропаганда»"),
            (
                5,
                ["insight"],
                "[[first:Отабека|Отабек]] сестру выдали в 16, сейчас развод, её бьют. он винит себя",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Отабеку|Отабек]] позвонить [[phone:+998 90 347 21 85]], телеграм [[handle:@otabek_nz|Otabek]]. муж сестры на [[plate:01 A 417 KB]]",
            ),
            (9, ["referral"], "{{1146}}, {{102}}. [[surname:Рахимову|Рахимов]] тоже дал"),
        ],
    ),
    (
        "ru",
        "Самарканд",
        [],
        [
            (0, [], "{{Самарканд}}, махалля, 12 парней, [[first:Дильшод|Дильшод]] ака помог"),
            (2, ["quote"], "[[first:Бекзод|Бекзод]]: «если жена не родит сына, можно взять вторую»"),
            (
                4,
                ["insight"],
                "[[first:Бекзода|Бекзод]]: отец уехал в {{Россию}}, там у него другая семья, мать плачет каждый день",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Дильшод|Дильшод]] ака дал адрес: [[address:махалля Богишамол, ул. Гагарина 17]], номер [[phone:+998 93 615 40 72]]",
            ),
            (
                8,
                ["resistance"],
                "[[surname:Тураев|Тураев]] из старших ушёл, сказал «у нас такое не обсуждают»",
            ),
            (10, ["referral"], "{{1146}}, председатель махалли"),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (0, [], "{{Душанбе}}, 14 человек, [[name:Фаррух Саидов|Фаррух,Саидов]] переводил на таджикский"),
            (
                2,
                ["quote"],
                "[[first:далер|Далер]]: «мужчина работает в {{России}}, женщина ждёт — так правильно»",
            ),
            (4, ["insight"], "[[first:Далера|Далер]] мать осталась с 4 детьми, отец не звонит 2 года"),
            (
                6,
                ["follow-up"],
                "[[surname:Назриеву|Назриев]] отправить список, почта [[email:daler.nazriev@mail.ru|Daler,Nazriev]], паспорт [[passport:401558712]]",
            ),
            (8, ["resistance"], "[[first:Фарруха|Фаррух]] дядя пришёл и сказал закончить"),
            (10, ["referral"], "{{ОБСЕ}} проект, {{112}}"),
        ],
    ),
    (
        "ru",
        "Худжанд",
        [],
        [
            (0, [], "{{Худжанд}}, 10 ребят. [[first:Шахзод|Шахзод]] и [[first:Парвиз|Парвиз]] из колледжа"),
            (2, ["quote"], "[[first:парвиз|Парвиз]]: «жену надо брать из своего кишлака, проверенную»"),
            (3, ["resistance"], "[[first:Шахзоду|Шахзод]] было смешно, мешал"),
            (
                5,
                ["insight"],
                "у [[first:Парвиза|Парвиз]] сосед по кличке [[nick:Малыш]] бьёт жену, все слышат через стену, [[address:мкр 20, дом 14, кв 8]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Шахзода|Шахзод]] номер [[phone:+992 92 771 30 58]], паспорт для сертификата [[passport:400358112]]",
            ),
            (10, ["referral"], "кризисный центр {{Гулрухсор}}, {{112}}"),
        ],
    ),
    # ------------------------------------------------------------------ en
    (
        "en",
        "Bishkek",
        ["Bakyt Osmonov", "Ulan Sultanbekov"],
        [
            (
                0,
                [],
                "{{Bishkek}}, 19 guys from the polytechnic. co-facilitator [[first:Will|Will]] ran the icebreaker",
            ),
            (
                2,
                ["quote"],
                "[[first:bakyt|Bakyt]]: «a real man decides for his wife, she can't go out alone»",
            ),
            (
                4,
                ["resistance"],
                "[[surname:Osmonov|Osmonov]] mocked [[first:Will's|Will]] accent, group laughed",
            ),
            (
                5,
                ["insight"],
                "[[first:Ulan|Ulan]] said his sister was kidnapped at 17 by [[desc:the son of the only vet in Kara-Suu village]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ulan's|Ulan]] number [[phone:+996 705 128 449]], insta [[link:instagram.com/ulan.sb_99|Ulan]]",
            ),
            (
                9,
                ["referral"],
                "gave {{Sezim}} crisis centre and {{111}}; [[surname:Sultanbekov|Sultanbekov]] took a leaflet too",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        [],
        [
            (
                0,
                [],
                "{{Almaty}}, youth centre, room is {{max}} 20 people, we had 22. [[first:Zhanibek|Zhanibek]] and [[first:Miras|Miras]] helped",
            ),
            (2, ["quote"], "[[first:miras|Miras]]: «if I earn less than my wife I'm not a man»"),
            (
                4,
                ["insight"],
                "[[first:Zhanibek's|Zhanibek]] mum is [[desc:the only female taxi driver in Shamalgan]]; he gets bullied for it",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Miras|Miras]] wants the slides, email [[email:miras.zh2006@gmail.com|Miras]], dob [[dob:17 May 2006]] for the certificate",
            ),
            (8, ["referral"], "mentioned {{150}} and {{UNICEF}} U-Report"),
            (10, ["resistance"], "two guys from [[surname:Temirkhanov's|Temirkhanov]] crew left early"),
        ],
    ),
    (
        "en",
        "Dushanbe",
        ["Firuz Karimzoda", "Sino Davlatov"],
        [
            (
                0,
                [],
                "{{Dushanbe}}, 12 participants, [[name:Firuz Karimzoda|Firuz,Karimzoda]] interpreted into Tajik",
            ),
            (2, ["quote"], "[[first:sino|Sino]]: «my mother will choose my wife, that's normal»"),
            (
                4,
                ["insight"],
                "[[first:Sino's|Sino]] older brother in {{Russia}} sends money only to his father, his wife and kids get nothing",
            ),
            (
                6,
                ["resistance"],
                "[[surname:Karimzoda|Karimzoda]] refused to translate the slide on sexual violence, said it's shameful",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Firuz|Firuz]] needs a letter for the university: passport [[passport:401127465]], address [[address:Bukhoro st 45, apt 12]]",
            ),
            (
                10,
                ["referral"],
                "{{OSCE}} gender office, {{112}}; [[surname:Davlatov|Davlatov]] asked for the number twice",
            ),
        ],
    ),
    (
        "en",
        "Tashkent",
        [],
        [
            (0, [], "{{Tashkent}}, Chilanzar, 14 guys. [[first:Sardor|Sardor]] aka opened"),
            (2, ["quote"], "[[first:Jamshid|Jamshid]]: «girls who study too much don't find husbands»"),
            (
                4,
                ["insight"],
                "[[first:Jamshid's|Jamshid]] cousin [[first:Malika|Malika]] opa runs a sewing shop and earns more than her husband — he said he respects her",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Sardor|Sardor]] aka's telegram [[handle:@sardor_aka_tsh|Sardor]]; [[first:Malika|Malika]] opa's number [[phone:+998 97 402 88 13]]",
            ),
            (8, ["resistance"], "[[surname:Yusupov|Yusupov]] said «this is {{Europe}} stuff»"),
            (10, ["referral"], "{{1146}} and {{102}}"),
        ],
    ),
    (
        "en",
        "Naryn",
        [],
        [
            (0, [], "{{Naryn}}, 8 guys, small cold room. I {{will}} bring a heater next time"),
            (2, ["quote"], "[[first:Kanybek|Kanybek]]: «ala kachuu is our culture, foreigners don't get it»"),
            (
                3,
                ["resistance"],
                "[[first:kanybek's|Kanybek]] uncle [[first:Asylbek|Asylbek]] baike sat in and nodded the whole time",
            ),
            (
                5,
                ["insight"],
                "[[first:Temirbek|Temirbek]] whispered after: his girlfriend is [[desc:the only daughter of the Ak-Tal village imam]] and her family wants to marry her off at 17",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Temirbek|Temirbek]] number [[phone:0 700 39 52 18]], lives at [[address:Lenin st 88, apt 4]]",
            ),
            (9, ["referral"], "{{111}} and the crisis centre in {{Bishkek}}"),
        ],
    ),
    (
        "en",
        "Khorog",
        [],
        [
            (
                0,
                [],
                "{{Khorog}}, 9 participants, [[name:Navruz Shohzoda|Navruz,Shohzoda]] helped with Shughni",
            ),
            (
                2,
                ["quote"],
                "[[first:ali|Ali]]: «in the {{Pamir}} we respect women more than down in the lowlands»",
            ),
            (
                4,
                ["insight"],
                "[[first:Navruz|Navruz]] said a friend, [[nick:Shaka]], posted a video threatening his ex; channel [[link:t.me/shaka_khg|Shaka]]",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ali's|Ali]] email [[email:ali.mamadnazarov01@gmail.com|Ali,Mamadnazarov]]",
            ),
            (8, ["referral"], "{{AKDN}} youth programme, {{112}}"),
            (10, ["resistance"], "[[surname:Mamadnazarov|Mamadnazarov]] left at the break"),
        ],
    ),
    # ------------------------------------------------------------------ mixed
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Шымкент",
        ["Асылхан Бекмұратов", "Данияр Серікбаев"],
        [
            (
                0,
                [],
                "сегодня 15, [[name:Асылхан Бекмұратов|Асылхан,Бекмұратов]] опоздал, [[first:Даниярмен|Данияр]] бірге келді",
            ),
            (2, ["quote"], "[[first:асылхан|Асылхан]]: «жігіт қызды алып қашса, значит любит»"),
            (4, ["resistance"], "[[surname:Серікбаев|Серікбаев]] сказал «бұл біздің салт, не трогайте»"),
            (
                6,
                ["insight"],
                "[[first:Асылханның|Асылхан]] әпкесі тұрмыста, күйеуі бьёт, живут в {{Шымкент}}те, [[address:Нұрсәт мкр, 112 үй, 40 пәтер]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:асылханға|Асылхан]] звонить [[phone:+7 702 536 14 80]], тг [[handle:@asylkhan_bkm|Asylkhan]]",
            ),
            (10, ["referral"], "{{111}}, {{НеМолчи}}"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Алматы",
        [],
        [
            (0, [], "{{Almaty}}, 16 ребят, co-trainer [[first:Max|Max]] из {{Берлина}}"),
            (2, ["quote"], "[[first:Ернар|Ернар]]: «girls сами провоцируют, короче»"),
            (
                4,
                ["insight"],
                "[[first:Ернара|Ернар]] later told [[first:Max|Max]]: his dad hits his mum, he sleeps у бабушки на [[address:Айнабулак-3, дом 24, кв 5]]",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ернару|Ернар]] написать в инсту [[link:instagram.com/yernar.alm_|Yernar]]; he agreed to see the school psychologist",
            ),
            (8, ["referral"], "{{150}}, {{112}}"),
            (10, ["resistance"], "[[surname:Каримов|Каримов]] said this is «пропаганда», ушёл"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Токмок",
        ["Бекболот Алымкулов", "Нурлан Токтосунов"],
        [
            (
                0,
                [],
                "{{Токмок}}, 13 жигит, [[name:Бекболот Алымкулов|Бекболот,Алымкулов]] мектептин мугалими",
            ),
            (2, ["quote"], "[[first:нурлан|Нурлан]]: «кыз ала качуу — салт, чоң атабыз да ошентип үйлөнгөн»"),
            (4, ["resistance"], "[[surname:Токтосуновдун|Токтосунов]] досу тоже согласен, ржали"),
            (
                6,
                ["insight"],
                "[[first:Бекболот|Бекболот]] агай айтты: былтыр [[desc:айылдагы жалгыз фельдшердин кызы]] уурдалган, после этого пыталась отравиться",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Нурландын|Нурлан]] телефону [[phone:+996 550 714 238]], туулган күнү [[dob:11.06.2007]]",
            ),
            (10, ["referral"], "{{Сезим}} кризис борбору, {{111}}"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Нарын",
        [],
        [
            (0, [], "{{Нарын}}, айыл мектеби, 9 бала. [[first:Алтынай|Алтынай]] эже класс берди"),
            (2, ["quote"], "[[first:Эрмек|Эрмек]]: «аял эркектин артынан жүрүшү керек, это закон»"),
            (
                4,
                ["insight"],
                "[[first:Эрмектин|Эрмек]] агасы [[first:Талантбек|Талантбек]] в прошлом году кыз уурдап келген, кыз качып кеткен",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Алтынай|Алтынай]] эжеге позвонить [[phone:0 772 41 06 93]], почта [[email:altynai.n.shkola@gmail.com|Altynai]]",
            ),
            (8, ["resistance"], "[[surname:Осмоналиев|Осмоналиев]] деген чоң бала: «бул батыштын акчасы»"),
            (10, ["referral"], "{{111}}, {{102}}"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Farg'ona",
        ["Bahodir Xolmatov", "Sherzod Qodirov"],
        [
            (0, [], "{{Farg'ona}}, 14 yigit, [[name:Bahodir Xolmatov|Bahodir,Xolmatov]] yordam berdi"),
            (
                2,
                ["quote"],
                "[[first:sherzod|Sherzod]]: «qiz bola 18 ga kirmasdan turmushga chiqsa yaxshi, потом никто не берёт»",
            ),
            (
                4,
                ["insight"],
                "[[first:Bahodirning|Bahodir]] singlisi 16 yoshda nikohga berilgan, никах у муллы, ЗАГС нет",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Bahodirga|Bahodir]] qo'ng'iroq [[phone:+998 91 204 73 56]], manzil [[address:Yangi hayot mahallasi, 14-uy]]",
            ),
            (
                8,
                ["resistance"],
                "[[surname:Qodirov|Qodirov]] aka, [[first:Sherzodning|Sherzod]] otasi, kirib «bas qiling» dedi",
            ),
            (10, ["referral"], "{{1146}} berdim, keyingi safar ham keladi deb {{umid}} qilaman"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Namangan",
        [],
        [
            (0, [], "{{Namangan}}, 11 ta yigit, [[first:Umidjon|Umid,Umidjon]] va [[first:Doston|Doston]]"),
            (2, ["quote"], "[[first:doston|Doston]]: «xotin ishlasa, erkakning obro'si tushadi»"),
            (
                4,
                ["insight"],
                "[[first:Umidjonning|Umid,Umidjon]] otasi onasini uradi, говорит хочет уйти из дома, ba'zan «yashagim kelmaydi» deydi",
            ),
            (
                5,
                ["follow-up", "referral"],
                "[[first:Umidjonga|Umid,Umidjon]] {{1146}} va maktab psixologi, номер [[phone:+998 94 318 60 27]]",
            ),
            (8, ["resistance"], "[[surname:Mirzayev|Mirzayev]] «bu Yevropa gaplari» dedi"),
            (
                10,
                ["follow-up"],
                "[[first:Doston|Doston]] telegram [[handle:@doston_nmg|Doston]], tug'ilgan [[dob:2007-04-28]]",
            ),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Кулоб",
        [],
        [
            (0, [], "{{Кулоб}}, 10 нафар, [[name:Сухроб Холов|Сухроб,Холов]] помог с залом"),
            (2, ["quote"], "[[first:мехрубон|Мехрубон]]: «зан бояд дар хона бошад, работать — дело мужчины»"),
            (
                4,
                ["insight"],
                "[[first:Мехрубона|Мехрубон]] старшего брата женили в 17, келин 16 сола, её бьёт свекровь",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Сухроб|Сухроб]] телефон [[phone:+992 93 508 17 44]], адрес [[address:кӯчаи Исмоили Сомонӣ 45]]",
            ),
            (8, ["resistance"], "[[surname:Сафарову|Сафаров]] не понравилось, «ин кори мо нест»"),
            (10, ["referral"], "{{112}}, {{ЮНФПА}}"),
        ],
    ),
    (
        "ru",  # mixed languages, typed in a Russian workshop
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{Astana}}, 20 студентов {{ЕНУ}}, [[first:Ақжан|Ақжан]] и [[first:Alikhan|Alikhan]] помогали",
            ),
            (
                2,
                ["quote"],
                "[[first:alikhan|Alikhan]]: «ну если жена больше зарабатывает, it's embarrassing, бірақ...»",
            ),
            (
                4,
                ["insight"],
                "[[first:Ақжанның|Ақжан]] әпкесі [[desc:Ерейментаудағы жалғыз тіс дәрігері]], её муж контролирует телефон",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Alikhan|Alikhan]] wants to volunteer, e-mail [[email:alikhan.s@enu-student.kz|Alikhan]], ИИН [[iin:050630500214]] для договора",
            ),
            (8, ["referral"], "{{150}}, {{Союз кризисных центров}}"),
            (10, ["resistance"], "[[surname:Жүнісов|Жүнісов]] said «бұл бәрі шетелдің гранты»"),
        ],
    ),
]
