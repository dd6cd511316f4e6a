# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
"""Eleventh set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Гүлнар): Kazakh Cyrillic, school-register style: "Surname I." / surname first,
    # Kazakh case endings on surnames, numbered call lists with 8 (7xx) phones, relatives named by kin word.
    (
        "kk",
        "Талдықорған",
        ["Нұрлан Сейітов", "Дәулет Бекжанов", "Ерасыл Мұқанов", "Арман Төлеуов"],
        [
            (
                0,
                [],
                "Тізім бойынша төртеуі келді, [[surname:Төлеуов]] А. кешікті. Залды {{Жастар ресурстық орталығы}} берді.",
            ),
            (
                2,
                ["quote"],
                "[[surname:Бекжановтың|Бекжанов]] сөзі: «ер адам жыламайды, менің әкем де жылаған емес». [[surname:Сейітовке|Сейітов]] бұл ұнамады, дауласты.",
            ),
            (4, ["insight"], "{{Абай}} «Адам бол!» деген – осыдан бастадық, топ тынышталды."),
            (
                6,
                ["follow-up"],
                "Үзілісте [[surname:Мұқанов]] Е. жеке келіп айтты: әкесі [[name:Серік Мұқанов]] ішеді, анасын ұрады. Өз телефоны [[phone:8 (702) 415 38 20]]. {{150}} нөмірін бердім, парақша бәріне таратылды.",
            ),
            (
                9,
                ["follow-up"],
                "Қоңырау: 1) [[surname:Мұқановқа|Мұқанов]] – сейсенбі, [[phone:8 747 903 1126]]; 2) [[surname:Төлеуовтың|Төлеуов]] ағасы [[first:Бауыржан]] (жұмыс іздейді) – [[phone:+7 771 288 40 05]].",
            ),
            (11, [], "Келесі жолы {{Қонаев}} қаласынан психолог келеді."),
        ],
    ),
    (
        "kk",
        "Жаркент",
        ["Ислам Ахметов", "Мирас Жұмабаев", "Алихан Оспанов", "Ризабек Қасымов"],
        [
            (
                1,
                [],
                "Тізімдегі төртеуі де бар, бәрі 10-11 сынып. [[name:Қасымов Ризабек]] – жаңа, бірінші рет.",
            ),
            (
                3,
                ["quote"],
                "[[surname:Жұмабаев]] М.: «Қыз алып қашу – біздің {{салт}}, атам да солай үйленген». [[surname:Оспановтың|Оспанов]] жауабы: «Ол салт емес, {{қылмыс}}».",
            ),
            (
                5,
                ["insight"],
                "Статистика слайды: [[surname:Қасымов]] сенбеді, «интернеттен алынған» деді. Дереккөзді көрсеттім.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Ахметовтың|Ахметов]] әпкесі [[first:Мәдинаны|Мәдина]] өткен жылы алып қашқан, қазір [[address:Юлдашев көшесі, 47-үй]] тұрады, күйеуі [[name:Ескендір Ташимов]] ұрады дейді. Әпкесімен інісі арқылы: [[phone:8 701 552 0934]].",
            ),
            (
                10,
                ["follow-up"],
                "[[surname:Қасымовқа|Қасымов]] – ағасы Ресейде жұмыста, [[name:Талғат Қасымов]], ватсап [[phone:+7 916 402 77 13]], үйге ақша жібермей жүр.",
            ),
            (11, [], "Келесіде {{Алматы}} тобымен онлайн."),
        ],
    ),
    (
        "kk",
        "Текелі",
        ["Бекзат Нұрланұлы", "Ерлан Жақыпов", "Саят Әбдірахманов"],
        [
            (
                0,
                [],
                "Бүгін аз: [[name:Нұрланұлы Бекзат]], [[name:Жақыпов Ерлан]], [[surname:Әбдірахманов]] С. және екі жаңа бала (аттарын жазбадым).",
            ),
            (
                2,
                ["quote", "insight"],
                "[[surname:Жақыпов]]: «Нағыз {{азамат}} отбасын асырайды, қалғаны әйелдің ісі». Көбі келісті, бірақ [[surname:Нұрланұлының|Нұрланұлы]] анасы жалғыз асырайды – ол үндемеді.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Әбдірахмановтың|Әбдірахманов]] жағдайы: әкесі [[first:Жеңіс]] ағай {{Kaspi}} арқылы несие алған, төлей алмай, коллекторлар [[address:Жамбыл көшесі 12, 5-пәтер]] үйіне келеді. Бала мектепті тастағысы келеді.",
            ),
            (
                8,
                ["follow-up"],
                "Көмекке [[desc:Текелідегі жалғыз ер адам мектеп психологы]] [[first:Бағдат]] ағай келісті: [[email:bagdat.tekeli77@mail.kz]].",
            ),
            (11, [], "Келесі кездесу {{Текелі}} жастар орталығында, сенбі."),
        ],
    ),
    (
        "kk",
        "Үшарал",
        ["Темірлан Сыздықов", "Асқар Рахымжанов", "Дархан Байбосынов", "Нұрбек Әлиев"],
        [
            (0, [], "Журнал: төртеуі де бар, [[name:Байбосынов Дархан]] ауырып келді."),
            (
                3,
                ["quote"],
                "[[surname:Байбосынов]] Д. айтты: «Үйде ыдыс жусам, [[nick:Тарақан]] күледі» – [[nick:Тарақан]] деп [[surname:Рахымжановты|Рахымжанов]] атайды екен. Бәрі күлді.",
            ),
            (
                5,
                [],
                "[[surname:Сыздықовтың|Сыздықов]] сұрағы: «{{ООН}} неге біздің отбасыға араласады?» – сыртқы идея деп қабылдайды.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Әлиев]] Н. сабақтан кейін: ағасы [[name:Ерболат Әлиев]] жеңгесін ұрады, жеңгесі [[first:Ақмаралдың|Ақмарал]] көзі көгерген. Ағасының көлігі [[plate:512 KLA 03]], ауылда бәрі біледі.",
            ),
            (
                9,
                ["follow-up"],
                "Хабарласу: [[surname:Әлиевке|Әлиев]] [[phone:87055513647]], жеңгесіне {{Бақыт}} дағдарыс орталығының нөмірін бердім.",
            ),
            (11, [], "Қорытынды: {{Балқаш}} көлі жағасында жазғы лагерь идеясы."),
        ],
    ),
    (
        "kk",
        "Сарқан",
        ["Еламан Тоқтаров", "Жанибек Серікбаев", "Айбар Мусин", "Данияр Оразов"],
        [
            (1, [], "Бүгін 11 бала, 17-19 жас. {{Шаңырақ}} туралы жаттығудан бастадық."),
            (
                2,
                ["quote"],
                "[[surname:Мусин]]: «{{Жеңіс}} күні атам ордендерін тағады, ол нағыз еркек» – {{Жеңіс}} күні туралы жақсы әңгіме болды.",
            ),
            (
                4,
                ["insight"],
                "[[surname:Оразовтың|Оразов]] ойы: әйелі жұмыс істесе, ерінің беделі түспейді. [[surname:Тоқтаров]] қарсы.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Серікбаев]] Ж. жеке: өзі 18-де, бірақ әкесі [[name:Қайрат Серікбаев]] оны күштеп үйлендірмек, қыз – [[desc:Қарабұлақ ауылындағы жалғыз фельдшердің қызы]]. Телефоны [[phone:8-776-231-09-54]].",
            ),
            (
                10,
                ["follow-up"],
                "Ертең: [[surname:Серікбаевқа|Серікбаев]] қайта қоңырау, {{Сарқан}} аудандық полициясы емес – алдымен заңгер. Заңгер [[first:Гүлмира]] апай: [[phone:+7 (72839) 2-14-77]].",
            ),
        ],
    ),
    (
        "kk",
        "Үштөбе",
        ["Бақтияр Жолдасбеков", "Рустем Ким", "Олжас Ахатов"],
        [
            (
                0,
                [],
                "Қатысушылар: [[name:Жолдасбеков Бақтияр]], [[name:Ким Рустем]], [[name:Ахатов Олжас]] + 5 жаңа.",
            ),
            (
                2,
                ["quote"],
                "[[surname:Ким]] Р.: «Біздің үйде анам шешеді бәрін, әкем – ешқашан». [[surname:Ахатов]] күлді: «Сен {{корей}} болғаннан солай».",
            ),
            (
                5,
                ["insight"],
                "{{Геннадий Головкин}} мысалы жақсы жұмыс істеді: күшті ер адам да балаларына уақыт бөледі.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Жолдасбековтың|Жолдасбеков]] інісі [[first:Әлібек]] (12 жаста) – мектепте оны [[nick:Қызбала]] деп мазақтайды, ұрып кетті. Сынып жетекшісі [[name:Сәуле Бекова]].",
            ),
            (
                9,
                ["follow-up"],
                "Тізім: [[surname:Жолдасбековке|Жолдасбеков]] – [[phone:8 700 348 2261]]; [[surname:Ахатовқа|Ахатов]] – инстаграм [[handle:@olzhas_akhat]]; мектеп [[email:ushtobe.school3@edu.kz]].",
            ),
            (11, [], "{{111}} нөмірін бала құқығы үшін де бердім."),
        ],
    ),
    (
        "kk",
        "Қонаев",
        ["Мейіржан Исабеков", "Абылай Тұрғанбаев", "Шерхан Дүйсенов", "Руслан Ли"],
        [
            (0, [], "Колледж, 1-курс, 13 бала. Топ басшысы – [[name:Тұрғанбаев Абылай]]."),
            (
                3,
                ["quote"],
                "[[surname:Дүйсенов]] Ш.: «{{Абылай хан}} заманында әйел үйде отырған». [[surname:Тұрғанбаев]] А. қарсы: «{{Томирис}} ше?»",
            ),
            (
                5,
                [],
                "[[surname:Лидің|Ли]] сұрағы: ер адамға зорлық болса кімге айтады? Жақсы сұрақ – бөлек сөйлестік.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Исабековтың|Исабеков]] айтқаны: жатақханада комендант [[name:Ғалым Сарыбаев]] балаларды ұрады, ақша талап етеді. Жатақхана [[address:4-шағынаудан, 18-үй]]. Куәгер – [[surname:Лидің|Ли]] досы [[nick:Шпион]].",
            ),
            (
                9,
                ["follow-up"],
                "Қоңырау: [[surname:Исабековке|Исабеков]] [[phone:+7 707 118 62 39]], колледж директорына хат – [[email:kapshagay.college@gmail.com]].",
            ),
            (11, [], "{{Қонаев}} жастар саясаты бөліміне есеп апару."),
        ],
    ),
    # ---- Facilitator B (Фарзона): Tajik in Cyrillic mixed with Russian mid-sentence; names with
    # -ҷон diminutives, Tajik case markers (-ро, ezafe), ака/апа; quotes where boys call each other by name.
    (
        "ru",
        "Хуҷанд",
        ["Фаридун Раҳимов", "Сухроб Назаров", "Парвиз Каримов", "Умед Саидов"],
        [
            (0, [], "Омаданд 9 нафар, ҳамаи рӯйхат ҳаст. Зал дал центр {{Гулрухсор}}."),
            (
                2,
                ["quote"],
                "[[first:Сухроб]]: «Мард набояд гиря кунад». [[first:Парвиз]] сразу: «[[nick:Сухик]], ту худат дирӯз гиря кардӣ, кино дида» – все смеялись.",
            ),
            (
                4,
                ["insight"],
                "Про {{Рӯдакӣ}} и уважение к матери – хорошо зашло. [[first:Фаридҷон|Фарид]] сказал: «модарамро ҳамеша эҳтиром мекунам, падарамро не».",
            ),
            (
                6,
                ["follow-up"],
                "После перерыва [[first:Фаридун]] подошёл: падараш [[name:Абдуғаффор Раҳимов]] в {{Россия}} уже 3 года, пул намефиристад, модараш қарз гирифтааст аз [[desc:ягона дӯкондори маҳаллаи Панҷшанбе]]. Рақами модараш: [[phone:+992 92 814 37 05]].",
            ),
            (
                9,
                ["follow-up"],
                "Занг задан: 1) [[first:Фаридунро|Фаридун]] – панҷшанбе, [[phone:92 770 12 48]]; 2) [[first:Умедро|Умед]] – кор мепурсад, [[phone:(918) 45-67-89]].",
            ),
            (11, [], "Дар охир гуфтанд: «{{Шоҳнома}} ҳам дар бораи мардонагӣ аст». Смешно, но хорошо."),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Шаҳром Юсупов", "Комрон Ашуров", "Далер Холов"],
        [
            (
                0,
                [],
                "Рӯйхат пурра, плюс 4 без имени. {{Истаравшан}} – шаҳри кӯҳна, ҳама аз маҳаллаҳои гуногун.",
            ),
            (
                2,
                ["quote"],
                "[[first:Комрон]]: «Духтарро бе иҷозати падар ба шавҳар додан – {{одат}}». [[first:Далер]] ответил: «Не одат, {{қонун}} ҳаст». Спорили 5 минут.",
            ),
            (
                3,
                ["insight"],
                "{{Умед}} дорам, ки [[first:Комрон]] фикрашро иваз мекунад – в конце он сам сказал, что сестру спросят.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Шаҳром]] лично: его сестру [[first:Нигораро|Нигора]] обручили с [[name:Бахтиёр Мирзоев]], он старше на 20 лет, живёт в {{Москва}}. [[first:Нигора]] 16 сол. Модараш розӣ нест.",
            ),
            (
                8,
                ["follow-up"],
                "Адрес семьи (для кризисного центра): [[address:кӯчаи Ленин, хонаи 23]]. Телефон [[first:Шаҳромҷон|Шаҳром]]: [[phone:+992 93 512 44 08]], телеграм [[handle:@shahrom_ist]].",
            ),
            (
                11,
                [],
                "В следующий раз позвать домулло [[first:Ҳикматро|Ҳикмат]]? Раньше отказывался.",
            ),
        ],
    ),
    (
        "ru",
        "Панҷакент",
        ["Илҳом Саттаров", "Нозим Бобоев", "Фирӯз Қодиров", "Ҷамшед Раҷабов"],
        [
            (1, [], "Свет отключали, проектор с генератора. Ҳама омаданд, плюс ду нафари нав."),
            (
                3,
                ["quote"],
                "[[first:Нозим]]: «[[first:Фирӯз]] ака дар хона ошпазӣ мекунад, ӯ мард нест!» – [[first:Фирӯз]] ответил: «Ман {{ошпаз}} ҳастам, пул меёбам».",
            ),
            (
                5,
                ["insight"],
                "{{Фирдавсӣ}} ва {{Шоҳнома}} – {{Рустам}} тоже плакал над сыном. Ребята удивились.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ҷамшед]] после занятия: бародараш [[name:Зоир Раҷабов]] в Екатеринбурге, долг 40 тысяч рублей, звонят из микрофинанс. Номер брата: [[phone:+7 922 614 08 37]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Илҳомҷон|Илҳом]] хочет волонтёром: почта [[email:ilhom.sattorov2006@mail.ru]], тел [[phone:900 41 15 27]], таваллуд [[dob:14.03.2006]].",
            ),
            (11, [], "Позвонить в {{Ҷамоат}} насчёт зала."),
        ],
    ),
    (
        "ru",
        "Бохтар",
        ["Хуршед Шарипов", "Манучеҳр Давлатов", "Сиёвуш Ғаффоров", "Азиз Турсунов"],
        [
            (
                0,
                [],
                "[[surname:Шарипов]], [[surname:Давлатов]], [[surname:Ғаффоров]], [[surname:Турсунов]] – омаданд, боқӣ нав.",
            ),
            (
                2,
                ["quote"],
                "[[first:Манучеҳр]]: «Агар зан маош гирад, мард ҳеҷ кас аст». [[first:Азиз]]: «[[first:Манучеҳр]], модари ту муаллим аст-ку!»",
            ),
            (
                4,
                [],
                "[[first:Сиёвуш]] спросил: {{Қонун дар бораи пешгирии зӯроварӣ дар оила}} чӣ ҷазо медиҳад? Надо уточнить у юриста.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Хуршед]] (17): падараш модарашро мезанад, вчера был нож. Адрес: [[address:кӯчаи Айнӣ 58]]. Модараш [[first:Зарина]], рақам [[phone:+992 88 204 17 63]]. Дал {{телефон доверия}}.",
            ),
            (
                8,
                ["follow-up"],
                "Соседка сказала: [[desc:ягона духтури занонаи деҳаи Ғолибшо]] может принять модари [[first:Хуршедро|Хуршед]] без очереди.",
            ),
            (
                11,
                [],
                "Ин ҷо бисёр падарон дар {{Россия}} кор мекунанд. Всем раздал листок с номерами, чтобы никого не выделять.",
            ),
        ],
    ),
    (
        "ru",
        "Кӯлоб",
        ["Рустам Назриев", "Амир Ҳасанов", "Баҳодур Одинаев"],
        [
            (0, [], "Кам омаданд – тӯй дар деҳа. Ҳастанд се нафар аз рӯйхат ва чор нафари нав."),
            (
                2,
                ["quote"],
                "[[first:Баҳодур]] ([[nick:Полвон]]) гуфт: «Ман зани худро намезанам, фақат метарсонам». Тишина. [[first:Амир]]: «Ин ҳам {{зӯроварӣ}}».",
            ),
            (
                5,
                ["insight"],
                "[[first:Рустамро|Рустам]] ҳама [[nick:Шеф]] мегӯянд – он повар в [[desc:ягона чойхонаи назди бозори Кӯлоб]]. Говорит, мужчины-повара – нормально.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Баҳодур]] женат 1 год, жена [[first:Мавзуна]] 17 сол, никоҳ только у муллы, не в {{ЗАГС}}. Он сам хочет помощь. Тел: [[phone:918 62 33 01]].",
            ),
            (
                9,
                ["follow-up"],
                "Передать в программу для мужчин {{Гендер ва Рушд}}: [[first:Баҳодур]] [[surname:Одинаев]], [[dob:02.11.2004]], шиноснома [[passport:А 4012387]].",
            ),
            (11, [], "[[name:Рустам Назриев]] обещал привести бародарашро."),
        ],
    ),
    (
        "ru",
        "Ваҳдат",
        ["Сомон Ниёзов", "Дилшод Маҳмудов", "Исмоил Ализода", "Файзулло Раҳимзода"],
        [
            (0, [], "Омаданд 12 нафар, аз онҳо чор нафар аз рӯйхат. {{Наврӯз}} наздик – ҳама хушҳол."),
            (
                2,
                ["quote"],
                "[[first:Исмоил]] про [[first:Сомонро|Сомон]]: «Ӯ ба занаш ёрдам медиҳад, занак шудааст». [[first:Сомон]]: «Аз [[first:Исмоил]] пурсед, падараш чӣ кор мекунад».",
            ),
            (
                4,
                ["insight"],
                "{{Исмоили Сомонӣ}} ном бурданд – ребята гордятся историей, связал с уважением.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Дилшод]] лично: хочет ехать в {{Россия}} на стройку, вербовщик [[name:Қурбон Ёров]] взял его паспорт ([[passport:400738512]]) и 300 долларов. Номер вербовщика [[phone:+992 98 555 40 12]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Файзулло]] оставил инсту [[link:instagram.com/faiz_vahdat]] – хочет делать видео про отцов.",
            ),
            (11, [], "Контакт юриста по миграции – {{Бюро по правам человека}}."),
        ],
    ),
    (
        "ru",
        "Турсунзода",
        ["Неъматулло Қурбонов", "Олим Шукуров", "Бехруз Салимов"],
        [
            (0, [], "Се нафар аз рӯйхат + 6. Автобус дал {{ТАЛКО}}."),
            (
                2,
                ["quote"],
                "[[first:Олим]]: «[[nick:Нема]] ҳамеша мегӯяд, ки зан бояд хомӯш бошад» – [[nick:Нема]] это [[first:Неъматулло]]. Он не отрицал.",
            ),
            (
                5,
                ["insight"],
                "Статистика про {{никоҳи барвақт}} удивила. [[first:Бехруз]]: «Инро ба падарам нишон медиҳам».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Олим]] рассказал: амакаш [[name:Саъдулло Шукуров]] привёз из Москвы вторую жену, первая – [[first:Гулчеҳра]] – с тремя детьми без денег. Живут [[address:маҳаллаи Регар, хонаи 112]].",
            ),
            (
                9,
                ["follow-up"],
                "Позвонить: [[first:Олимҷон|Олим]] [[phone:93-708-22-19]]; [[first:Бехруз]] почта [[email:behruz.salimov@inbox.ru]].",
            ),
            (11, [], "{{ТАЛКО}} готов дать зал ещё раз."),
        ],
    ),
    # ---- Facilitator C (Megan, a foreign volunteer): English with Kyrgyz names spelled two ways,
    # English-word nicknames in quotes, baike/eje honorifics, possessive 's, "lol" and ":)".
    (
        "en",
        "Karakol",
        ["Aibek Sydykov", "Nurbek Tokonov", "Emil Asanov", "Kanat Dzhumabaev"],
        [
            (
                0,
                [],
                "8 guys + 2 late, everyone from the roster came. Hall borrowed from the {{Karakol}} youth centre :)",
            ),
            (
                2,
                ["quote"],
                '[[first:Aybek|Aibek]] ([[first:Aibek]] on the list): "a real man doesn\'t wash dishes". [[first:Emil]] laughed: "[[nick:Tractor]], your mom would disagree lol".',
            ),
            (
                4,
                ["insight"],
                "{{Chingiz Aitmatov}} quote about mothers worked really well. {{Jamila}} too - they all read it at school.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Kanat]] stayed after: his older sister [[first:Aizada]] was taken ({{ala kachuu}}) last spring by [[name:Ulan Mamytov]] from the next village. She calls home crying. [[first:Kanat]]'s number [[phone:0555 12 34 87]].",
            ),
            (
                9,
                ["follow-up"],
                "call list: [[first:Kanat]] -> tues; his mom [[first:Cholpon]] eje [[phone:+996 700 481 920]]. Refer to {{Sezim}} crisis centre?",
            ),
            (11, [], "Next time bring [[nick:Professor]] ([[first:Nurbek]]) to co-lead, he was great."),
        ],
    ),
    (
        "en",
        "Naryn",
        ["Tilek Abdraimov", "Bakyt Osmonov", "Daniyar Sultanbekov"],
        [
            (
                0,
                [],
                "Small group, snow. [[name:Tilek Abdraimov]], [[name:Bakyt Osmonov]], [[name:Daniyar Sultanbekov]] and 3 younger boys from the lyceum.",
            ),
            (
                2,
                ["quote"],
                '[[first:Bakyt]] on chores: "my [[first:Asel]] eje does everything, that\'s her job". [[first:Daniyar]] ("[[nick:Doktor]]" bc he wants med school): "then who does her job when she\'s sick?"',
            ),
            (
                4,
                [],
                "[[first:Tilek]] asked if it's true that in {{Sweden}} dads take parental leave. yes!",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Tilek]]'s dad works in {{Moscow}}, hasn't sent money since summer, they have a microcredit loan and [[first:Tilek]] wants to drop school to work. Dad: [[name:Zhyrgalbek Abdraimov]], [[phone:+7 925 330 18 64]] (whatsapp).",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Bakyt]] baike's cafe is [[desc:the only cafe at the Dolon pass turnoff]] - he offered it for next session. His insta [[handle:@bakyt.naryn]].",
            ),
            (11, [], "Talk to the {{UN Women}} person about {{Spotlight}} money for transport."),
        ],
    ),
    (
        "en",
        "Osh",
        ["Azamat Toktogulov", "Ruslan Mirzaev", "Jasur Umarov", "Adilet Kadyrov"],
        [
            (0, [], "Attendance 11. Hot, fan broken. Half Uzbek half Kyrgyz, used Russian mostly."),
            (
                2,
                ["quote"],
                '[[first:Jasur]]: "in our mahalla if a man cooks people say he\'s under his wife\'s heel". [[first:Azamat]]: "[[first:Jasur]], your dad cooks plov every friday!" lol',
            ),
            (
                4,
                ["insight"],
                "Used {{Toktogul}} songs - respect for women in the old poems. [[first:Adilet]] knew lyrics by heart.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ruslan]] quietly: uncle [[name:Farrukh Mirzaev]] beats his aunt, whole street hears, [[address:Kurmanjan Datka St 214, apt 9]]. Aunt is [[desc:the only woman taxi driver in Osh]].",
            ),
            (
                9,
                ["follow-up"],
                "follow up: [[first:Ruslan]] [[phone:+996 (777) 20-41-15]]; email [[email:ruslan.mirzaev07@gmail.com]]",
            ),
            (11, [], "Mention {{Manas}} next time - {{Kanykei}} ran everything while he was away."),
        ],
    ),
    (
        "en",
        "Jalal-Abad",
        ["Ermek Baitikov", "Chyngyz Asankulov", "Beknazar Zhoroev", "Timur Rakhmanov"],
        [
            (
                0,
                [],
                "Projector died, used printed slides. 11 guys, all 4 from the list + friends.",
            ),
            (
                2,
                ["quote"],
                '[[nick:Beka]] ([[first:Beknazar]]): "girls who wear short skirts want it". [[first:Chyngyz]] pushed back hard. I used the cue about victim blaming.',
            ),
            (
                4,
                ["insight"],
                "Brought up {{Kurmanjan Datka}} - [[first:Timur]] said his grandma keeps her portrait at home.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ermek]]: his friend [[name:Nurlan Tashiev]] took a girl last month - she's 17, [[first:Gulnara]], from [[desc:the family that runs the only pharmacy in Kochkor-Ata]]. Her parents agreed after. [[first:Ermek]] feels bad he drove: the car was his cousin's, [[plate:03 KG 417 ABM]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Ermek]] wants to talk to a lawyer. Gave {{Sezim}} + legal clinic. His tg: [[link:t.me/ermek_jlb]].",
            ),
            (
                11,
                [],
                "#todo print more referral handouts, ask the {{Jalal-Abad}} youth centre for a room",
            ),
        ],
    ),
    (
        "en",
        "Talas",
        ["Marlen Beishenaliev", "Kubanychbek Osmonaliev", "Samat Zhumaliev"],
        [
            (0, [], "Present: 8, incl. [[first:Kubanychbek]] aka [[nick:Kuba]]."),
            (
                2,
                ["quote"],
                '[[nick:Kuba]]: "feminism has no place in {{Kyrgyzstan}}". [[first:Marlen]]: "bro your mom literally runs the {{ayil okmotu}}".',
            ),
            (
                5,
                [],
                '[[first:Samat]]: "{{bakyt}} in a family = the wife obeys". Good discussion, some agreed :(',
            ),
            (
                7,
                ["follow-up"],
                "[[first:Samat]]'s father drinks, hits him and his little brother [[first:Erbol]]. [[first:Samat]] has bruises on his arm. Lives [[address:ul. Sarygulova 33]], Talas. Phone [[phone:0 (772) 58 19 03]].",
            ),
            (
                9,
                ["follow-up"],
                "Call school social pedagogue [[name:Aigul Sadykova]] [[email:sadykova.tls@gmail.com]] about [[first:Samat]]. DOB on the form: [[dob:2008-05-19]].",
            ),
            (11, [], "Next: {{Talas}} youth council."),
        ],
    ),
    (
        "en",
        "Tokmok",
        ["Ilyas Dzhaparov", "Eldiyar Sharshenov", "Vladislav Kim", "Aktan Ibraimov"],
        [
            (
                0,
                [],
                "[[name:Vladislav Kim]] ([[nick:Vlad]]) + the usual three. Mixed Russian/Kyrgyz, switched language a lot.",
            ),
            (
                2,
                ["quote"],
                '[[nick:Vlad]]: "in Russian families it\'s the same, dad is the boss". [[first:Aktan]]: "my dad isn\'t, my [[first:Nazgul]] apa is" - his grandmother.',
            ),
            (
                4,
                ["insight"],
                "[[first:Eldiyar]] said even {{Manas}} listened to his wife, strength is {{erkindik}} - freedom to choose - not muscles.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ilyas]] - older brother [[name:Bolot Dzhaparov]] came back from Russia, drinks, broke their mom's arm in Oct. Hospital didn't report. Mom: [[phone:+996555903311]].",
            ),
            (
                8,
                ["follow-up"],
                "Local police inspector is [[name:Kanybek Asanaliev]] - [[first:Ilyas]] says he's a friend of [[first:Bolot]], won't help. Use crisis centre instead. Outreach address: [[address:Lenin st. 118, house 4]].",
            ),
            (
                11,
                [],
                "ID copy for the trip to {{Bishkek}}: [[first:Aktan]] [[passport:ID1738254]].",
            ),
        ],
    ),
    (
        "en",
        "Balykchy",
        ["Meder Bakirov", "Nursultan Tologonov", "Argen Usenov"],
        [
            (
                0,
                [],
                "7 guys, 4 from the college. Windy. {{Issyk-Kul}} outside the window, nobody focused lol.",
            ),
            (
                2,
                ["quote"],
                '[[first:Argen]]: "[[nick:Boss]] says women can\'t be drivers" - [[nick:Boss]] = [[first:Meder]], he drives a marshrutka.',
            ),
            (
                4,
                ["insight"],
                '[[first:Nursultan]]: "my mom drives better than my dad". Group laughed but agreed.',
            ),
            (
                6,
                ["follow-up"],
                "[[first:Meder]] told me after: he owes 60k som to [[name:Asylbek Zhusupov]] for the minibus, [[first:Asylbek]] threatens his wife. Minibus plate [[plate:08 KG 123 AAB]]. [[first:Meder]]'s wife [[first:Aiperi]] is pregnant.",
            ),
            (
                9,
                ["follow-up"],
                "call [[first:Meder]] [[phone:0700-58-77-31]]; legal aid at {{Adilet}} legal clinic.",
            ),
            (
                11,
                [],
                "[[first:Nursultan]] wants to volunteer at the {{Cholpon-Ata}} summer camp - [[email:nursultan.t@bk.ru]]",
            ),
        ],
    ),
    # ---- Facilitator D (Dilnoza): Uzbek in Latin script (ASCII apostrophes o', g') switching to Russian
    # Cyrillic mid-note; Uzbek suffixes glued to names (-ni, -ga, -ning, -dan), aka/opa, numbered call lists.
    (
        "ru",
        "Samarqand",
        ["Jasur Toshpulatov", "Sardor Rahimov", "Otabek Yusupov", "Bekzod Karimov"],
        [
            (0, [], "Keldi 9 nafar. Зал дал {{mahalla}} комитет."),
            (
                2,
                ["quote"],
                "[[first:Sardor]]: «Erkak yig'lamaydi». [[first:Otabekning|Otabek]] javobi: «[[first:Sardor]], sen o'tgan hafta to'yda yig'lading-ku» – все смеялись.",
            ),
            (
                4,
                ["insight"],
                "{{Alisher Navoiy}} onaga hurmat haqida – хорошо сработало. [[first:Bekzod]] she'rini yoddan aytdi.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Jasurni|Jasur]] tanaffusda: otasi [[name:Baxtiyor Toshpulatov]] ichadi, onasini uradi. Мама молчит из-за соседей. Uy: [[address:Registon ko'chasi 41-uy]]. Akasi Rossiyada, bilmaydi.",
            ),
            (
                9,
                ["follow-up"],
                "Qo'ng'iroq: 1) [[first:Jasurga|Jasur]] – [[phone:+998 90 214-37-55]]; 2) [[first:Sardorning|Sardor]] akasi [[first:Ulug'bek]] ish so'radi – [[phone:93 555 12 12]].",
            ),
            (11, [], "Keyingi safar {{Samarqand}} yoshlar markazi bilan kelishish."),
        ],
    ),
    (
        "ru",
        "Namangan",
        ["Doston Ergashev", "Shohruh Abdullayev", "Islom Mamatqulov"],
        [
            (0, [], "Ro'yxat: uchta + 8 ta bola, [[name:Islom Mamatqulov]] birinchi marta."),
            (
                2,
                ["quote"],
                "[[first:Islom]]: «Qizni so'ramasdan erga berish – {{odat}}». [[first:Doston]]: «Odat emas, {{qonun}} bor».",
            ),
            (
                4,
                ["insight"],
                "{{Zulfiya}} she'rlari haqida gapirdik – [[first:Shohruh]] yoddan bilar ekan. Неожиданно.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Dostonning|Doston]] singlisi [[first:Madinabonu]] 16 yoshda, otasi uni [[name:Ravshan Qodirovga|Qodirov]] unashtirmoqchi – u 34 da. [[first:Doston]] juda xafa.",
            ),
            (
                8,
                ["follow-up"],
                "Oilaning uyi: [[address:Bobur ko'chasi, 17-uy]]. Onasi [[first:Dilfuza]] opa: [[phone:(97) 700-10-20]].",
            ),
            (
                11,
                ["follow-up"],
                "Mahalla raisi [[name:Hamidulla Yo'ldoshev]] bilan gaplashish kerak, lekin ehtiyot: u [[first:Ravshanning|Ravshan]] tog'asi.",
            ),
        ],
    ),
    (
        "ru",
        "Farg'ona",
        ["Abdulaziz Nazarov", "Sherzod Xolmatov", "Behruz Aliyev", "Nodirbek Usmonov"],
        [
            (
                0,
                [],
                "Keldilar 10 nafar. Свет был, проектор ok. {{Navro'z}} bayrami oldidan – kayfiyat yaxshi.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Aziz]] ([[first:Abdulaziz]]): «Xotin ishlasa, erkakning obro'si tushadi». [[first:Nodirbek]]: «Mening onam o'qituvchi, otam faxrlanadi».",
            ),
            (
                4,
                ["insight"],
                "{{Ulug'bek}} va ilm haqida – [[first:Sherzod]]: «{{Ulug'bek}} zamonida ham ayol olimalar bo'lgan» (неточно, но пусть).",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Behruzning|Behruz]] otasi Qozog'istonda qurilishda, [[name:Alisher Soliyevdan|Soliyev]] 2000 dollar qarz olgan. [[surname:Soliyev]] uyga kelib qo'rqitadi, onasi kasal.",
            ),
            (
                8,
                ["follow-up"],
                "Otasining raqami: [[phone:+7 747 380 22 91]] (Qozog'iston). [[first:Behruz]] telegram: [[handle:@behruz_fer]]. Tug'ilgan: [[dob:7-avgust 2007]].",
            ),
            (11, [], "Keyingi: {{Farg'ona}} viloyat xotin-qizlar qo'mitasi bilan uchrashuv."),
        ],
    ),
    (
        "ru",
        "Andijon",
        ["Mirjalol Qosimov", "Azizbek To'xtasinov", "Ravshanbek Hamroyev"],
        [
            (0, [], "Ro'yxatdagi uchtasi va yana 6 nafar. {{Andijon}} kollejidan ham kelishdi."),
            (
                2,
                ["quote"],
                "[[first:Azizbek]]: «[[first:Mirjalol]] uyda idish yuvadi, u xotinchalish!» [[first:Mirjalol]]: «Ha, yuvaman, muammo yo'q».",
            ),
            (
                4,
                [],
                "[[first:Ravshanbek]] so'radi: {{Oila kodeksi}} bo'yicha necha yoshda nikoh mumkin? – 18, ikkalasiga ham.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Mirjalolning|Mirjalol]] onasi [[first:Nodira]] opa – [[desc:Andijondagi yagona ayol sartarosh]] – eri [[name:Shavkat Qosimov]] uni pul uchun uradi. Do'kon: [[address:Navoiy shoh ko'chasi 8]].",
            ),
            (
                9,
                ["follow-up"],
                "Kontakt: [[first:Mirjalol]] [[phone:+998 (74) 223 45 18]], email [[email:mirjalol.q@umail.uz]]; {{Ishonch telefoni}} berildi.",
            ),
            (11, [], "Hamma varaqa oldi, hech kim alohida emas."),
        ],
    ),
    (
        "ru",
        "Buxoro",
        ["Firdavs Jo'rayev", "Umid Nematov", "Asadbek Sobirov", "Javohir Rustamov"],
        [
            (0, [], "Keldi 8 nafar, ro'yxatdagilar hammasi. Зал холодный."),
            (
                2,
                ["quote"],
                "[[first:Asadbek]]: «[[nick:Bo'ri]] hamma narsani biladi» – [[nick:Bo'ri]] bu [[first:Javohir]]. [[first:Javohir]]: «Erkak oilani boqishi kerak, xotin – uyda».",
            ),
            (
                4,
                ["insight"],
                "{{Ibn Sino}} va {{Buxoro}} olimlari – [[first:Firdavs]] faxrlanadi, bilim = hurmat.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Umid]] keyin aytdi: akasi [[name:Sanjar Nematov]] kelinni qaynonasi bilan birga uradi. Kelin [[first:Sevara]], 19 yosh, ota-onasi [[desc:G'ijduvondagi yagona dorixona egalari]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Umidga|Umid]] qo'ng'iroq: [[phone:91 445 07 36]]. Kelin uchun {{inqirozli markaz}} manzili berildi.",
            ),
            (11, [], "{{Buxoro}} yoshlar ittifoqi zal berdi – rahmat."),
        ],
    ),
    (
        "ru",
        "Qarshi",
        ["Sanjarbek Ortiqov", "Humoyun Xudoyberdiyev", "Laziz Rajabov"],
        [
            (
                0,
                [],
                "Qatnashchilar: [[name:Sanjarbek Ortiqov]], [[name:Humoyun Xudoyberdiyev]], [[name:Laziz Rajabov]] + 9.",
            ),
            (
                2,
                ["quote"],
                "[[first:Humoyun]]: «{{Umid}} qilamanki, singlim o'qiydi, lekin otam ruxsat bermaydi».",
            ),
            (
                4,
                ["insight"],
                "[[first:Lazizni|Laziz]] [[nick:Shoir]] deyishadi – erkaklar ham his-tuyg'ularini aytishi haqida o'z she'rini o'qidi.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Sanjarbek]] Rossiyaga ketmoqchi, vositachi [[name:Akmal Tursunov]] pasportini olib qo'ygan: [[passport:AD 4417823]]. [[first:Akmal]] raqami [[phone:+998 88 019 33 74]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Sanjarbek]] uyi [[address:Mustaqillik ko'chasi 3-uy, 12-xonadon]]. Migratsiya bo'yicha {{Tashqi mehnat migratsiyasi agentligi}}.",
            ),
            (11, [], "Keyingi safar {{Qarshi}} kollejida."),
        ],
    ),
    (
        "ru",
        "Termiz",
        ["Ulug'bek Saidov", "Diyorbek Ahmedov", "Shahzod Normatov"],
        [
            (0, [], "Keldi 7 nafar, issiq. [[name:Ulug'bek Saidov]] kechikdi."),
            (
                2,
                ["quote"],
                "[[first:Diyorbek]]: «Xotin erini tanqid qilmasligi kerak». [[first:Shahzod]]: «Nega? [[first:Ulug'bek]] akam xotinidan maslahat oladi».",
            ),
            (
                5,
                ["insight"],
                "{{Afg'oniston}} chegarasi yaqin – bolalar qizlar ta'limi haqida o'zlari gapirdilar.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ulug'bekning|Ulug'bek]] otasi [[name:Erkin Saidov]] 2 yildan beri Rossiyada, yangi oila qurgan. Onasi [[first:Gulnoza]] {{mikrokredit}} qarziga botgan. Onasi raqami [[phone:+998 (76) 224-18-09]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Shahzod]]: [[link:instagram.com/shahzod.termez]], [[email:shahzod.n2006@gmail.com]].",
            ),
            (11, [], "{{Termiz}} yoshlar markazi bilan davom."),
        ],
    ),
    # ---- Facilitator E (Лаура, school psychologist): formal Russian even in Kazakh-language sessions;
    # full ФИО with patronymics, "Фамилия И.О.", г.р. and ИИН, addresses "мкр./ул./кв.", plates, numbered обзвон.
    (
        "ru",
        "Шымкент",
        ["Алишер Турсунбаев", "Ерназар Абдуллаев", "Вячеслав Петренко", "Бахтияр Умаров"],
        [
            (
                0,
                [],
                "Присутствовали: [[name:Турсунбаев Алишер Ерланович]], [[name:Абдуллаев Ерназар Кайратович]], [[name:Петренко Вячеслав Игоревич]], [[name:Умаров Бахтияр Рустамович]]. Кабинет 214, согласовано с завучем.",
            ),
            (
                2,
                ["quote"],
                "[[surname:Петренко]] В. ([[nick:Слава]]): «Мужчина должен быть главным, так написано». [[surname:Турсунбаев]] возразил: «А у пророка жена была купцом».",
            ),
            (
                4,
                ["insight"],
                "Тема уважения к матери ({{Абай Кунанбаев}}, «Слова назидания») сработала лучше статистики.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Умаров]] Б.Р., [[dob:12.04.2008]] г.р., ИИН [[iin:080412500347]]: сообщил, что отчим [[name:Жанибеков Марат Серикович]] систематически избивает мать. Адрес проживания: [[address:мкр. Нурсат, д. 142, кв. 58]].",
            ),
            (
                8,
                ["follow-up"],
                "Отчим ездит на [[plate:777 KRA 17]], работает таксистом. Матери передан номер {{150}} и контакт {{Кризисного центра}}.",
            ),
            (
                10,
                ["follow-up"],
                "Обзвон: 1. [[surname:Умаров]] – [[phone:+7 (701) 744-12-90]]; 2. мать – [[name:Умарова Гульнара Абдуллаевна]], [[phone:8 775 019 44 32]].",
            ),
        ],
    ),
    (
        "kk",
        "Кентау",
        ["Нұрдәулет Сапаров", "Бекарыс Толыбаев", "Ерсұлтан Мырзахметов"],
        [
            (
                0,
                [],
                "Присутствовали: [[name:Сапаров Нурдаулет Бахытжанович]], [[name:Толыбаев Бекарыс Ерланович]], [[name:Мырзахметов Ерсултан Муратович]].",
            ),
            (
                2,
                ["quote"],
                "[[surname:Толыбаев]]: «Жена не должна спорить при людях». [[surname:Сапаров]]: «А если муж неправ?»",
            ),
            (4, ["insight"], "{{Надежда}} есть: к концу двое сказали, что будут помогать матерям по дому."),
            (
                6,
                ["follow-up"],
                "[[surname:Мырзахметов]] Е.М., [[dob:03.09.2007]] г.р.: в семье долги по кредитам отца, [[name:Мырзахметов Мурат Асанович]]; отец уехал на заработки в {{Атырау}}, связь потеряна. Паспорт отца (со слов): [[passport:N12837465]].",
            ),
            (
                9,
                ["follow-up"],
                "Адрес: [[address:ул. Яссауи, д. 27]]. Телефон матери [[phone:8-725-36-3-14-55]].",
            ),
            (11, [], "Рекомендовано: консультация в {{ЦОН}} по пособию на детей."),
        ],
    ),
    (
        "ru",
        "Туркестан",
        ["Нурислам Бекмуратов", "Абай Тлеубергенов", "Даурен Омаров", "Ильяс Юлдашев"],
        [
            (0, [], "Присутствовали: 14 учащихся 9 класса, в т.ч. все по списку. Тема – {{права ребёнка}}."),
            (
                2,
                ["quote"],
                "[[first:Абай]] (участник, не поэт): «Сестра ходит в колледж, но замуж выйдет – и всё». [[first:Даурен]]: «Моя тётя – судья, и ничего».",
            ),
            (
                4,
                ["insight"],
                "Мавзолей {{Ходжа Ахмед Ясави}} – пример уважения к знанию; [[surname:Юлдашев]] предложил экскурсию.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Бекмуратов]] Н., ИИН [[iin:090117500812]]: сестра ([[first:Айгерим]], 17 лет) была похищена для брака [[name:Сейтжановым Ерболом|Сейтжанов,Ербол]] 14 ноября, вернули через два дня. Заявление не подавали.",
            ),
            (
                8,
                ["follow-up"],
                "Автомобиль похитителя: [[plate:123 ABD 13]], белая «Тойота». В ювенальную полицию не сообщено – мать против. Дан номер {{111}}.",
            ),
            (
                10,
                ["follow-up"],
                "Обзвон: 1. [[surname:Бекмуратов]] – [[phone:+7 747 560 08 13]]; 2. классный руководитель [[name:Жумабекова А.С.]] – [[email:zhumabekova.as@mektep.edu.kz]].",
            ),
        ],
    ),
    (
        "kk",
        "Сарыағаш",
        ["Бағдаулет Есенов", "Жасұлан Пірімқұлов", "Мақсат Оңғаров"],
        [
            (
                0,
                [],
                "Присутствовали: [[name:Есенов Багдаулет Нурланович]], [[name:Пиримкулов Жасулан]], [[name:Онгаров Максат Талгатович]].",
            ),
            (
                2,
                ["quote"],
                "[[surname:Онгаров]]: «Моего брата зовут [[nick:Профессор]], потому что он читает, и за это его бьют».",
            ),
            (
                4,
                ["insight"],
                "{{Слава}} – не в кулаках, сказал [[surname:Есенов]]; хорошая мысль для следующей встречи.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Пиримкулов]] Ж., [[dob:21.01.2008]] г.р., проживает: [[address:с. Жибек Жолы, ул. Мира 5]]. Отец ([[name:Пиримкулов Талгат]]) работает в {{Ташкенте}}, мать одна, долги за свет и газ. Подросток работает на рынке вместо занятий.",
            ),
            (
                9,
                ["follow-up"],
                "Обзвон: [[surname:Пиримкулов]] – [[phone:87012298305]]; [[surname:Есенов]] (хочет быть волонтёром) – [[handle:@bagdaulet_es]].",
            ),
            (11, [], "Запрос в {{Управление образования}} о подвозе детей."),
        ],
    ),
    (
        "ru",
        "Арысь",
        ["Руслан Сулейменов", "Данияр Кожахметов", "Амир Рахимов", "Станислав Ковалев"],
        [
            (
                0,
                [],
                "Присутствовали: 10 учащихся колледжа. Отсутствовал по болезни [[name:Кожахметов Данияр]].",
            ),
            (
                2,
                ["quote"],
                "[[surname:Ковалев]] ([[nick:Стас]]): «После взрывов на складах в {{Арысь}} все мужики уехали на заработки». Тема миграции.",
            ),
            (
                4,
                ["insight"],
                "{{Вера}} в то, что мужчина не может уйти в декрет, сильна; [[surname:Рахимов]] согласился поговорить с отцом.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Сулейменов]] Р.К., ИИН [[iin:070630500215]]: отец [[name:Сулейменов Каират Болатович]] в запое, угрожал ножом. Мать – [[desc:единственная медсестра в ауле Жидели]]. Дан номер {{150}}.",
            ),
            (
                9,
                ["follow-up"],
                "Обзвон: [[surname:Сулейменов]] – [[phone:8 (71640) 2-33-91]]; мать – [[phone:+7 705 413 22 80]]. Адрес: [[address:ул. Жибек Жолы 61]].",
            ),
            (11, [], "[[surname:Ковалев]] предложил пригласить тренера из спортшколы."),
        ],
    ),
    (
        "kk",
        "Жетісай",
        ["Бекжан Әбдіқадыров", "Ерғали Нұржанов", "Нұрасыл Тұрсынбек"],
        [
            (
                0,
                [],
                "Присутствовали: [[name:Абдикадыров Бекжан]], [[name:Нуржанов Ергали Серикович]], [[name:Турсынбек Нурасыл]]. {{Сбор хлопка}}, половина класса отсутствует.",
            ),
            (
                2,
                ["quote"],
                "[[surname:Нуржанов]]: «Если жена зарабатывает больше, она главная». [[surname:Абдикадыров]]: «{{Бастык}} у нас дома – мама».",
            ),
            (
                4,
                ["insight"],
                "[[surname:Турсынбек]] сказал: «{{Азамат}} – это тот, кто защищает, а не бьёт». Записать как цитату для отчёта.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Нуржанов]] Е.С., [[dob:11.06.2007]] г.р., ИИН [[iin:070611500478]]: старшая сестра [[name:Нуржанова Алия]] живёт с мужем [[name:Кудайбергенов Нуржан]], который её бьёт; сейчас беременна. Адрес сестры: [[address:с. Асыката, ул. Абылайхана 88]].",
            ),
            (
                9,
                ["follow-up"],
                "Обзвон: [[surname:Нуржанов]] – [[phone:+7-700-912-05-67]]; [[surname:Абдикадыров]] – [[email:bekzhan.abdikadyrov@gmail.com]].",
            ),
        ],
    ),
    # ---- Facilitator F (Nurs): Russian typed in Latin translit, all lower case, no punctuation, chat
    # style; diminutives (nurik, tolik, aselku) and Russian case endings on names (bekzata, kairatu);
    # insta/telegram handles and links.
    (
        "en",
        "Kant",
        ["Bekzat Almazbekov", "Nurlan Ismailov", "Anatoliy Sergeev", "Erlan Kasymaliev"],
        [
            (
                0,
                [],
                "segodnya prishli [[first:bekzat]] [[nick:nurik]] [[nick:tolik]] i [[name:erlan kasymaliev]] plus 5 novyh proektor snachala ne rabotal",
            ),
            (
                2,
                ["quote"],
                "[[nick:tolik]] skazal muzhik ne plachet a [[first:bekzat]] emu ty chto {{dimash}} tozhe plachet na scene vse rzhali",
            ),
            (
                4,
                ["insight"],
                "[[nick:nuriku|nurik]] ponravilos pro otcov kotorye gulyayut s detmi skazal {{azamat}} tak i nado",
            ),
            (
                6,
                ["follow-up"],
                "posle zanyatiya [[first:bekzat]] skazal chto papa [[name:almazbek toktorov]] pyot i bet mamu uzhe god mama ne idet v {{militsiya}} boitsya",
            ),
            (
                8,
                ["follow-up"],
                "nomer [[first:bekzata|bekzat]] [[phone:0555 901 882]] insta [[link:instagram.com/bekzat_kant01]] mame dal nomer {{sezim}}",
            ),
            (11, [], "[[first:erlanu|erlan]] napisat v telegu [[handle:@erlan_kg_03]] naschet futbola"),
        ],
    ),
    (
        "en",
        "Kara-Balta",
        ["Adilet Zhamankulov", "Maksat Temirov", "Aziret Usonov"],
        [
            (0, [], "prishli [[first:adilet]] [[nick:maks]] [[first:aziret]] i eshe 6 rebyat iz kolledzha"),
            (
                2,
                ["quote"],
                "[[first:aziret]] pro [[first:adileta|adilet]] on u nas [[nick:baba]] potomu chto pomogaet mame na kuhne [[first:adilet]] ne obidelsya",
            ),
            (4, ["insight"], "{{bivol}} tozhe iz {{kyrgyzstana}} i on sam gotovit govoryat tak chto norm"),
            (
                6,
                ["follow-up"],
                "[[first:maksat]] rasskazal sestru [[first:aidanu|aidana]] ukrali ({{ala kachuu}}) v proshlom mesyace [[name:temirlan abdrakhmanov]] iz sosednego sela ona ne hochet tam byt no roditeli govoryat terpi",
            ),
            (
                8,
                ["follow-up"],
                "[[first:maksat]] nomer [[phone:+996 559 41 27 09]] mame [[first:aidany|aidana]] [[phone:0 702 33 18 40]] pozvonit v sredu",
            ),
            (
                11,
                [],
                "v sleduyushiy raz pozvat [[desc:edinstvennogo muzhchinu vospitatelya v detsadu na stancii]]",
            ),
        ],
    ),
    (
        "en",
        "Kemin",
        ["Nurbolot Asanov", "Kairat Zhusupbekov", "Islam Beishenov"],
        [
            (
                0,
                [],
                "segodnya [[name:nurbolot asanov]] [[first:kairat]] [[first:islam]] plus 4 malenkih svet otklyuchili v seredine",
            ),
            (
                2,
                ["quote"],
                "[[first:kairat]] skazal esli zhena ne slushaetsya mozhno udarit odin raz [[first:nurbolot]] otvetil bratan eto {{statya}}",
            ),
            (
                4,
                [],
                "[[first:islam]] sprosil pro {{zakon o semeinom nasilii}} kakoe nakazanie ya ne znal tochno nado uznat",
            ),
            (
                6,
                ["follow-up"],
                "[[first:kairat]] potom skazal chto tak delaet ego otec [[name:bakytbek zhusupbekov]] s mamoi i chto on sam udaril devushku [[first:aselku|asel]] odin raz hochet izmenitsya",
            ),
            (
                8,
                ["follow-up"],
                "[[first:kairatu|kairat]] nomer [[phone:0778-11-90-26]] programmu dlya muzhchin nayti v {{bishkek}}",
            ),
            (
                11,
                [],
                "[[first:nurbolot]] hochet volonterom pochta [[email:nurbolot.asanov@gmail.com]] dr [[dob:3 marta 2005]]",
            ),
        ],
    ),
    (
        "ru",
        "Uzgen",
        ["Dilmurod Ergashev", "Bektur Mamatov", "Elnur Kadyrov", "Amantur Sydykov"],
        [
            (0, [], "prishli vse chetvero iz spiska i eshe troe iz 11 klassa zhara"),
            (
                2,
                ["quote"],
                "[[first:dilmurod]] skazal {{pahan}} v dome otec i vse tut [[first:elnur]] govorit a u tebya otec v {{moskva}} uzhe 5 let",
            ),
            (4, ["insight"], "mnogie ne znali chto {{ala kachuu}} eto ugolovka dal fakt s istochnikom"),
            (
                6,
                ["follow-up"],
                "[[first:dilmurodu|dilmurod]] nuzhna pomosh otec [[name:shavkat ergashev]] v moskve ne prisylaet dengi mama zanyala u [[desc:edinstvennogo rostovshika na bazare uzgena]] teper ugrozhayut",
            ),
            (
                8,
                ["follow-up"],
                "adres [[address:ul. navoi 45 kv 3]] nomer mamy [[phone:+996 (3233) 5-12-40]] ee zovut [[first:mukaddas]] opa",
            ),
            (11, [], "[[first:amantur]] hochet v komandu tg [[link:t.me/amantur_uz]]"),
        ],
    ),
    (
        "ru",
        "Taraz",
        ["Aslan Mukhamedzhanov", "Olzhas Baimukhanov", "Zhandos Akhmetov"],
        [
            (0, [], "prishli [[first:aslan]] [[first:olzhas]] [[name:zhandos akhmetov]] i 7 iz kolledzha"),
            (
                2,
                ["quote"],
                "[[first:olzhas]] [[first:aslanu|aslan]] ty [[nick:kabluk]] potomu chto tvoya devushka reshaet vse vse smeyalis a [[first:aslan]] skazal nu i chto",
            ),
            (
                4,
                ["insight"],
                "{{taraz}} drevniy gorod govorili pro mavzolei {{aisha bibi}} lyubov i uvazhenie k zhenshine",
            ),
            (
                6,
                ["follow-up"],
                "[[first:zhandos]] skazal chto ego dyadya [[name:serik akhmetov]] derzhit zhenu doma ne puskaet rabotat zabral ee pasport [[passport:N08812734]] on znaet nomer potomu chto sam delal kopiyu",
            ),
            (
                8,
                ["follow-up"],
                "[[first:zhandosu|zhandos]] [[phone:+7 (726) 243 18 70]] ili vatsap [[phone:87471120345]] dyadina mashina [[plate:888 SRK 08]]",
            ),
            (11, [], "dal vsem {{150}} i {{111}} chtoby nikogo ne vydelyat"),
        ],
    ),
    (
        "ru",
        "Kordai",
        ["Yerbol Tashenov", "Timur Dzhumagulov", "Vadim Lee"],
        [
            (0, [], "prishli vse iz spiska i 5 rebyat iz {{masanchi}} [[name:vadim lee]] opozdal"),
            (
                2,
                ["quote"],
                "[[first:vadim]] skazal zhenshiny sami vinovaty esli ih byut [[first:yerbol]] otvetil [[first:vadimu|vadim]] a tvoya mama tozhe vinovata tishina",
            ),
            (4, ["insight"], "vse znayut {{golovkin}} on v intervyu pro zhenu s uvazheniem govoril pomoglo"),
            (
                6,
                ["follow-up"],
                "[[first:timur]] lichno brat [[name:ruslan dzhumagulov]] uehal v {{koreyu}} na rabotu vzyal kredit na mamu [[first:saule]] teper bank zvonit kazhdyi den",
            ),
            (
                8,
                ["follow-up"],
                "[[first:timuru|timur]] [[phone:8 701 405 66 21]] mame [[phone:+77015538804]] adres [[address:ul. zhibek zholy 12]]",
            ),
            (
                11,
                [],
                "[[first:yerbol]] insta [[link:www.instagram.com/yerbol.tash]] hochet snimat video pro otcov",
            ),
        ],
    ),
]
