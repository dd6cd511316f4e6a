# Synthetic facilitator notes for the e2e anonymization check (third set).
# All people, numbers, addresses, accounts are INVENTED.
# Mixed-language sessions (marked "mixed" in comments) use the plan language
# closest to the notes (en / ru / kk), as build.py only knows those three.
SESSIONS = [
    # ---------------- en (12) ----------------
    (
        "en",
        "Taraz",
        [],
        [
            (
                1,
                [],
                "14 came, 3 new. [[first:yerkebulan]] brought his cousin [[first:Miras]], both from the agro college",
            ),
            (
                3,
                ["quote"],
                "[[first:miras]]: 'if a girl is out after 10 she is asking for it' — silence, then his cousin argued w him",
            ),
            (
                5,
                ["insight"],
                "{{hope}} this sticks - [[nick:yerk]] said he'll talk to his dad about letting the sister study in the city",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Miras Dzhaksybekov]] wants 1:1, wa [[phone:8 707 314 62 90]]. 17 y.o., parents dont know he comes",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        ["Bakyt Sulaimanov", "Eldiyar", "Timur K."],
        [
            (0, [], "roster 3 + 8 others. one late again, said bus"),
            (
                2,
                ["resistance"],
                "[[first:Bakyt]]: 'in {{Osh}} nobody asks the girl, my parents didnt ask either'. half the room agreed",
            ),
            (
                4,
                ["insight"],
                "[[first:eldiyar]] quietly: his older bro took a girl from [[address:Kara-Suu, Lenin st 48]] two yrs ago, she ran back home after a month",
            ),
            (
                6,
                ["referral"],
                "told both about the crisis centre + {{112}}. [[name:Bakyt Sulaimanov]] tg [[handle:@bakyt_sul07]]",
            ),
            (
                9,
                ["follow-up"],
                "one of the younger ones asked for the video link, mail [[email:timkadyrov.osh@mail.ru]], bday [[dob:9 Oct 2007]] (under 18 - check consent form)",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        [],
        [
            (1, [], "small group, 7. russian/tajik. one of them translated for two guys"),
            (
                3,
                ["quote"],
                "[[first:firuz]]: 'my mother works in {{Russia}}, my father cooks for us. nobody in the village knows'",
            ),
            (5, ["insight"], "nobody laughed at him, that was big for this group"),
            (
                7,
                ["follow-up"],
                "[[name:Firuz Nazarov]] [[phone:+992 93 512 4471]] wants to start a group back home. one more guy interested",
            ),
            (
                10,
                [],
                "[[desc:the mullah's son from Varzob, tall one with the cast on his arm]] left early, ask about him next time",
            ),
        ],
    ),
    (
        "en",
        "Aktobe",
        [],
        [
            (0, [], "library hall. 11 guys, {{2 hours}} flat, no break"),
            (2, ["quote"], "[[first:artyom]]: 'my gf checks my phone, so i check hers. fair'"),
            (
                4,
                ["resistance"],
                "[[nick:Tyoma]] and [[nick:Dimon]] laughed thru the consent part, asked them to step out 5 min",
            ),
            (6, ["insight"], "after break [[nick:dimon]] apologized to the group himself. unexpected"),
            (
                9,
                ["follow-up"],
                "[[name:Artyom Belousov]] dob [[dob:22.09.2004]], insta [[link:instagram.com/tyoma_bel]] - wants to film a short vid for the campaign",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        ["Otabek Yusupov", "Sardor"],
        [
            (1, [], "[[first:otabek]] brought sweets, good start. 10 ppl"),
            (
                3,
                ["quote"],
                "[[first:Sardor]]: 'my brother reads my sister's messages every night, she is 19' — he thinks its protection",
            ),
            (
                5,
                ["insight"],
                "group pushed on it, he said maybe its control not protection. left it open",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Otabek]] wants to co-facilitate. [[phone:+998 90 417 35 62]], passport [[passport:AB 3318207]] for the training form",
            ),
            (
                10,
                ["follow-up"],
                "[[first:sardor]] asked privately how to help the sister w/o the brother finding out. gave trust line, follow up w [[name:Sardor Mirzaev]] next wk",
            ),
        ],
    ),
    (
        "en",
        "Karaganda",
        [],
        [
            (2, [], "9 came. cold room. two from the mining college"),
            (
                4,
                ["quote"],
                "[[first:yerzhan]]: 'a real man doesnt cry, my father didnt cry at his own mother's funeral'",
            ),
            (
                5,
                ["insight"],
                "long quiet. then [[first:vlad]] said his dad cries watching {{Dimash}} lol. broke the ice",
            ),
            (
                7,
                ["referral"],
                "the funeral-story guy disclosed thoughts of 'not waking up' since the layoff. stayed w him a while, gave {{150}}, he agreed to call tmrw",
            ),
            (
                8,
                ["follow-up"],
                "check on [[name:Yerzhan Tokhtarov]] thurs!! [[phone:+7 778 209 44 15]], lives [[address:Maikuduk 17 mkr, dom 9, kv 33]]",
            ),
        ],
    ),
    (
        "en",
        "Tashkent",
        [],
        [
            (1, [], "{{17 ppl}}, biggest group so far. two came from out of town"),
            (
                3,
                ["quote"],
                "[[first:Bekzod]]: 'a woman with a job has a long tongue' - then laughed, said its his grandma's saying",
            ),
            (6, ["insight"], "good debate on who pays for the wedding. one guy switched sides halfway"),
            (
                9,
                ["follow-up"],
                "[[name:Bekzod Tursunov]] - [[email:b.tursunov2003@gmail.com]], wants the reading list",
            ),
            (
                10,
                [],
                "someone asked about the {{UN Women}} poster; says [[desc:the only woman driving instructor in their mahalla]] could come talk",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        ["Kirill Morozov", "Askar", "Zhenya"],
        [
            (0, [], "roster 3 + 6. one came w a friend"),
            (
                2,
                ["resistance"],
                "[[first:Kirill]] said feminism is 'imported from the west', kept quoting some blogger",
            ),
            (
                4,
                ["quote"],
                "[[first:askar]]: 'at home my sister does everything and i just eat. never thought about it'",
            ),
            (
                7,
                ["insight"],
                "[[nick:zhenya]] told how his stepdad hit him + his mom till they moved out. others listened well",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Evgeny Lisitsyn]], tg [[handle:@zhekalis]], not the home phone. follow up gently",
            ),
        ],
    ),
    (
        "en",
        "Kyzylorda",
        [],
        [
            (1, [], "8 guys, two under 16 came w their teacher"),
            (
                3,
                ["quote"],
                "[[first:nurbol]]: 'in our aul if the bride runs away the shame is on the whole family'",
            ),
            (
                5,
                ["insight"],
                "later he said his aunt was kidnapped as a bride, still lives w them. first time he called it kidnapping",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Nurbol Abdrakhmanov]] IIN [[iin:070312501946]] for the certificate, dad's phone [[phone:87054418827]]",
            ),
            (
                10,
                [],
                "read a bit of {{Abai}} at the end, [[desc:the boy whose father runs the only petrol station in Zhalagash]] asked for the book",
            ),
        ],
    ),
    (
        "en",
        "Jalal-Abad",
        [],
        [
            (2, [], "11. two from Suzak, rest local. room ok"),
            (
                4,
                ["quote"],
                "[[first:kanybek]]: 'my wife will not work. i provide, thats {{grace}} for her' - i think he meant blessing",
            ),
            (6, ["resistance"], "[[first:Azamat]] walked out in step 6, came back 10 min later"),
            (
                9,
                ["follow-up"],
                "[[name:Azamat Zhoroev]] asks help for his cousin - kidnapping attempt last week!! car was [[plate:05 318 AKM]]. referred to crisis centre, his # [[phone:0777 52 18 40]]",
            ),
        ],
    ),
    (
        "en",
        "Oskemen",
        ["Denis Shevchuk", "Ilya"],
        [
            (1, [], "12 ppl. good energy from the start"),
            (
                3,
                ["quote"],
                "[[first:ilya]]: 'my brother says if my gf wears that skirt again he'll talk to her himself'",
            ),
            (
                5,
                ["insight"],
                "talked about brothers 'guarding' sisters - he realized he does the same to his own sister",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Shevchuk]] wants materials, [[email:den.shevchuk@yandex.kz]]. [[first:ilya]] - [[phone:+7 705 731 90 28]]",
            ),
        ],
    ),
    (
        "en",
        "Nukus",
        [],
        [
            (1, [], "karakalpak + uzbek, 9 guys. one guy translating"),
            (
                4,
                ["quote"],
                "[[first:aziz]]: 'my uncle says girls who study in {{Tashkent}} come back spoiled'",
            ),
            (6, ["insight"], "other guy disagreed, says he will argue for his sister to go study"),
            (
                9,
                ["follow-up"],
                "[[name:Jasur Kdirbaev]] tel [[phone:91 375 08 64]], [[link:t.me/jasur_nks]]. dob [[dob:14 Feb 2006]]",
            ),
        ],
    ),
    # ---------------- ru (12) ----------------
    (
        "ru",
        "Алматы",
        [],
        [
            (
                1,
                [],
                "15 чел, опоздали из-за пробок. зал открыл [[name:Серик Болатович|Болатович]], завуч",
            ),
            (3, ["quote"], "[[first:Арсен]]: «если жена зарабатывает больше, значит муж не мужик»"),
            (
                5,
                ["resistance"],
                "[[first:арсен]] спорил про {{закон Салтанат}}, говорит «теперь мужу слова сказать нельзя»",
            ),
            (
                7,
                ["insight"],
                "после перерыва ему ответил [[first:Тимофей]] — его мать лежала в больнице после отчима. тишина",
            ),
            (
                9,
                ["follow-up"],
                "ему дал {{150}} и адрес кризисного центра. [[name:Тимофей Захаров|Захаров]] [[phone:+7 747 390 12 58]], живёт [[address:мкр Орбита-2, д. 14, кв. 67]]",
            ),
        ],
    ),
    (
        "ru",
        "Бишкек",
        ["Эрлан Абдыкеримов", "Улан", "Саша Пак"],
        [
            (0, [], "по списку 3, всего {{10 человек}}. один привёл брата"),
            (
                2,
                ["quote"],
                "[[surname:Пак]]: «у корейцев дома всё решает мама, я не понимаю в чём проблема»",
            ),
            (
                6,
                ["insight"],
                "[[first:Эрлан]] рассказал, что его сестру чуть не украли в прошлом году, отец отбил",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Эрлан Абдыкеримов|Абдыкеримов]] хочет волонтёром, [[phone:0555 48 21 93]], [[email:erlan.abdykerimov@gmail.com]], живёт [[address:мкр Джал-23, д. 12, кв. 5]]",
            ),
        ],
    ),
    (
        "ru",
        "Темиртау",
        [],
        [
            (1, [], "9 пацанов, двое с колледжа, остальные с района"),
            (3, ["quote"], "[[nick:Жека]]: «батя бьёт мать только когда пьяный, а так он норм»"),
            (
                4,
                ["referral"],
                "после занятия [[nick:Жеке|Жека]] дал {{150}} и {{112}}, объяснил что можно анонимно. боится что их выгонят",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Евгений Сорокин|Сорокин]], 16 лет, д.р. [[dob:03.11.2008]], [[address:ул. Мичурина 27, кв. 41]]. отчим на серой приоре [[plate:093 MLA 09]], ждёт его у школы",
            ),
            (
                10,
                [],
                "проводил его до остановки, созвон в среду [[phone:8 777 281 56 09]]",
            ),
        ],
    ),
    (
        "ru",
        "Ташкент",
        [],
        [
            (1, [], "12 человек, половина русскоязычные. один опоздал"),
            (
                3,
                ["quote"],
                "[[first:рустам]]: «мама сама сказала — сестре институт не нужен, ей замуж»",
            ),
            (
                5,
                ["insight"],
                "другой парень не согласился, его сестра врач в {{Москве}}, вся семья гордится",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Рустам Алимов|Алимов]] попросил материалы на узбекском, [[phone:+998 97 745 20 13]]",
            ),
        ],
    ),
    (
        "ru",
        "Костанай",
        ["Роман Гуров", "Данияр", "Максим Ли"],
        [
            (0, [], "проектор не работал, начали без слайдов"),
            (2, ["quote"], "[[first:Данияр]]: «если девушка первой пишет — значит лёгкая»"),
            (
                4,
                ["insight"],
                "один вспомнил {{роман}}, который в школе проходили, где муж запирает жену, сравнил с соседями",
            ),
            (6, ["resistance"], "многим было неуютно: «это не про нас»"),
            (
                9,
                ["follow-up"],
                "[[nick:Роме|Рома]] и [[first:Максиму|Максим]] — хотят вести клуб. [[surname:Гуров]] тг [[handle:@roman_gurov_kst]], [[name:Максим Ли|Ли]] [[phone:8 (775) 402-77-19]]",
            ),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (2, [], "8 чел, по-русски и по-таджикски. один переводил"),
            (
                4,
                ["quote"],
                "[[first:далер]]: «старший брат решает, за кого выйдут сёстры, отец на стройке в России»",
            ),
            (6, ["insight"], "про миграцию — у {{5 из 8}} отцы в {{России}}"),
            (
                9,
                ["follow-up"],
                "[[name:Далер Рахимзода|Рахимзода]], [[phone:+992 918 44 72 05]], паспорт [[passport:A 5013377]] — для поездки на форум",
            ),
        ],
    ),
    (
        "ru",
        "Уральск",
        [],
        [
            (1, [], "10 человек. двое из одного двора"),
            (
                3,
                ["quote"],
                "[[first:серик]]: «если сестра поздно приходит, я её встречаю — это забота, не контроль»",
            ),
            (5, ["insight"], "[[first:ильдар]]: «а если она не хочет, чтоб встречали?» — хороший спор"),
            (
                8,
                ["follow-up"],
                "[[name:Серик Жаксылыков|Жаксылыков]] спросил про курсы, ИИН [[iin:060918501337]] для сертификата",
            ),
        ],
    ),
    (
        "ru",
        "Токмок",
        ["Нурбек Асанов", "Ваня"],
        [
            (0, [], "[[first:нурбек]] пришёл первым, помог со стульями. всего {{11 человек}}"),
            (
                3,
                ["quote"],
                "[[nick:Ваня]]: «у нас в селе если девушка до 22 не вышла замуж — всё, старая»",
            ),
            (
                5,
                ["insight"],
                "[[first:Нурбек]] рассказал про ала качуу у соседей — невеста потом пыталась отравиться. все замолчали",
            ),
            (
                7,
                ["referral"],
                "ему дал {{1409}}, хочет передать той девушке. {{надежда}} есть",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Нурбек Асанов|Асанов]] [[phone:+996 700 318 462]], [[nick:Ване|Ваня]] перезвонить — [[phone:0550 27 64 19]]",
            ),
        ],
    ),
    (
        "ru",
        "Самарканд",
        [],
        [
            (1, [], "9 парней, 4 студента"),
            (
                3,
                ["resistance"],
                "[[first:Бобур]] говорил что в {{исламе}} всё сказано и обсуждать нечего",
            ),
            (
                5,
                ["quote"],
                "[[first:бобур]] потом: «мой отец никогда не поднимал руку на маму, значит можно по-другому»",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Бобур Хамидов|Хамидов]] — [[link:t.me/bobur_hamidov]], [[address:махалля Богишамол, д. 19]], паспорт для форума [[passport:AD 4417280]]",
            ),
        ],
    ),
    (
        "ru",
        "Шымкент",
        [],
        [
            (2, [], "13 чел. один опять с младшим братом"),
            (4, ["quote"], "[[first:ерболат]]: «жену надо держать строго, иначе сядет на шею»"),
            (
                6,
                ["insight"],
                "обсудили {{дело Бишимбаева}} — половина сначала его защищала. [[desc:парень, у которого отец аким сельского округа под Ленгером]] молчал весь блок",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Ерболат Сейтжанов|Сейтжанов]] — на выезд подвезёт на отцовской машине [[plate:512 AKT 13]], номер [[phone:87019335214]]",
            ),
            (
                10,
                [],
                "брат [[first:Ерболата|Ерболат]] спросил можно ли ходить без него. конечно",
            ),
        ],
    ),
    (
        "ru",
        "Петропавловск",
        ["Андрей Климов", "Бахыт", "Олжас"],
        [
            (0, [], "по списку трое, пришли все + {{4 новых}}"),
            (
                2,
                ["quote"],
                "[[first:Андрей]]: «брат читает переписку моей девушки, говорит проверяет её для меня»",
            ),
            (4, ["insight"], "ещё один признал, что сам так делает. честно, без оправданий"),
            (
                7,
                ["referral"],
                "[[first:Бахыт]] после занятия: мысли о суициде после армии. дал {{150}}, договорились созвониться завтра в 18:00",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Бахыт Кенжебаев|Кенжебаев]] [[phone:+7 705 448 19 72]] — ОБЯЗАТЕЛЬНО позвонить. [[name:Андрей Климов|Климов]] просил материалы, [[email:a.klimov.ptr@gmail.com]]",
            ),
        ],
    ),
    (
        "ru",
        "Атырау",
        [],
        [
            (1, [], "11 чел, много из вахтовых семей"),
            (3, ["quote"], "[[first:Азат]]: «отец на вахте по месяцу, дома мама главная, и нормально»"),
            (
                5,
                ["resistance"],
                "[[nick:Стас]] перебивал, говорил что это пропаганда",
            ),
            (
                7,
                ["insight"],
                "[[nick:стас]] в конце сказал, что его бабушка одна подняла. {{слава богу}}, хоть тут смягчился",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Азат Утегенов|Утегенов]] хочет на тренинг, д.р. [[dob:19.04.2003]], ИИН [[iin:030419500772]], [[phone:+7 701 225 86 30]]",
            ),
        ],
    ),
    # ---------------- kk, Cyrillic (6) ----------------
    (
        "kk",
        "Қаскелең",
        [],
        [
            (
                1,
                [],
                "12 жігіт. залды [[name:Гүлнар-апа|Гүлнар]] ашып берді. [[first:Нұрлыбек]] досын ертіп келді",
            ),
            (3, ["quote"], "[[first:нұрлыбек]]: «әйел адам үйде отыруы керек, әкем солай дейді»"),
            (
                5,
                ["insight"],
                "оның досы [[first:Ғани]] қарсы шықты — анасы дәрігер, бүкіл отбасын асырайды",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Ғани Төлеуов|Төлеуов]] волонтёр болғысы келеді, [[phone:8 708 512 44 03]]",
            ),
            (10, [], "соңында әркім өз {{арманын}} айтты, жақсы аяқталды"),
        ],
    ),
    (
        "kk",
        "Тараз",
        ["Қайрат Бекмұратов", "Әсет"],
        [
            (0, [], "тізім бойынша 2 + 9 жаңа"),
            (2, ["quote"], "[[first:Әсет]]: «қыз алып қашу — салт, оның несі жаман?»"),
            (
                4,
                ["resistance"],
                "[[first:Қайраттың|Қайрат]] ағасы кіріп, оны алып кетті, біраз уақыт жоқ болды",
            ),
            (
                6,
                ["insight"],
                "[[first:әсет]] кейін айтты: жеңгесін алып қашқан, ол әлі күнге жылайды",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Қайрат Бекмұратов|Бекмұратов]] [[phone:+7 776 390 22 17]], туған күні [[dob:5 наурыз 2007]]. [[first:Әсетке|Әсет]] {{150}} нөмірін бердім",
            ),
        ],
    ),
    (
        "kk",
        "Түркістан",
        [],
        [
            (1, [], "10 жігіт, екеуі 16 жаста"),
            (
                3,
                ["quote"],
                "[[first:Жандос]]: «ағам телефонымды тексереді, қызбен сөйлессем ұрысады»",
            ),
            (5, ["insight"], "оған топ қолдау көрсетті, [[nick:Жаке]] деп еркелетті"),
            (
                8,
                ["follow-up"],
                "[[name:Жандос Әбдірахманов|Әбдірахманов]], ЖСН [[iin:080615500428]], мекенжайы [[address:Жаңа құрылыс шағын ауданы, 7 үй]]",
            ),
            (
                10,
                [],
                "[[desc:мешіттің қасындағы дүкен иесінің кенже ұлы]] ерте кетіп қалды",
            ),
        ],
    ),
    (
        "kk",
        "Астана",
        [],
        [
            (2, [], "15 адам, бізде бірінші рет осынша көп"),
            (4, ["quote"], "[[first:Ерасыл]]: «{{бақыт}} деген — ақша, қалғаны бос сөз»"),
            (
                6,
                ["insight"],
                "[[first:ерасылдың|ерасыл]] досы [[first:Мейіржан]] келіспеді: «әкем ақшасыз да анамды {{бақытты}} етті»",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Мейіржанға|Мейіржан]] кітап тізімін жіберу — [[email:meirzhan.s@inbox.kz]], [[handle:@meirzhan_ast]]",
            ),
        ],
    ),
    (
        "kk",
        "Семей",
        ["Дәулет Сейітов", "Нұрик", "Ерлан"],
        [
            (0, [], "тізімдегі 3 + 6. біреуі кешікті"),
            (
                3,
                ["quote"],
                "[[first:Дәулет]]: «{{Абай}} айтқандай, әйелді сыйламаған — адам емес» деді",
            ),
            (
                5,
                ["insight"],
                "[[first:ерлан]] үйдегі жағдайды айтты: әкесі ішіп келсе анасын ұрады. оның анасына дағдарыс орталығының нөмірін бердім, {{150}} да",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Дәулет Сейітов|Сейітов]] [[phone:+7 707 633 18 25]], [[address:Жұлдыз ықшам ауданы, 5 үй, 18 пәтер]]. [[nick:Нұрикке|Нұрик]] ертең хабарласу",
            ),
        ],
    ),
    (
        "kk",
        "Жезқазған",
        [],
        [
            (1, [], "8 жігіт, бәрі колледжден"),
            (3, ["quote"], "[[first:Құдайберген]]: «ер адам жыласа — масқара»"),
            (
                5,
                ["insight"],
                "[[nick:Құдаш]] кейін әкесі қайтыс болғанда жыламағанын, әлі ауыр екенін айтты",
            ),
            (
                8,
                ["referral"],
                "[[first:Құдайбергенге|Құдайберген]] психологтың нөмірін бердім, өзінікі [[phone:8 771 204 59 36]]. форумға паспорт [[passport:N13204471]]",
            ),
            (10, [], "{{алтын}} сөз: «жылау — әлсіздік емес» — тақтада қалдырдық"),
        ],
    ),
    # ---------------- kk, Latin (4) ----------------
    (
        "kk",
        "Almaty",
        [],
        [
            (1, [], "11 jigit keldi, ekeýi dos"),
            (
                3,
                ["quote"],
                "[[first:Qaırattyń|Qaırat]] sózi: «qyzdy alyp qashý – ata-baba dástúri»",
            ),
            (
                5,
                ["insight"],
                "[[first:nurjan]] qarsy shyqty, ápkesin alyp qashqan, ol {{2 jyldan}} keıin ajyrasty",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Nurjan Sadyqov|Sadyqov]] [[phone:+7 747 105 36 92]], [[link:t.me/nurjan_sdq]]. [[first:Qaıratqa|Qaırat]] keıin habarlasý",
            ),
        ],
    ),
    (
        "kk",
        "Shymkent",
        ["Erjan Tóleýov", "Aıdos"],
        [
            (0, [], "tizim boıynsha 2 + 8"),
            (2, ["quote"], "[[first:Aıdos]]: «aǵam meniń telefonymdy únemi tekseredi»"),
            (
                4,
                ["insight"],
                "[[first:aıdostyń|aıdos]] aǵasy ony keshke úıden shyǵarmaıdy eken. top qoldady",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Erjan Tóleýov|Tóleýov]] – [[email:erjan.toleu@mail.ru]], [[address:Nurly Jol shaǵyn aýdany, 12 úı, 40 páter]]. [[first:Aıdosqa|Aıdos]] {{150}} nómirin berdim",
            ),
        ],
    ),
    (
        "kk",
        "Taldyqorǵan",
        [],
        [
            (
                1,
                [],
                "9 adam. jańa jigit [[first:Dáýren]] – [[desc:aýyldaǵy jalǵyz mal dárigeriniń uly]]",
            ),
            (3, ["quote"], "[[first:dáýren]]: «áıelim jumys istemeıdi, men-aq asyraımyn»"),
            (6, ["resistance"], "[[nick:Dáke]] {{bir saǵat}} boıy telefonda otyrdy"),
            (
                9,
                ["follow-up"],
                "[[name:Dáýren Ámirov|Ámirov]] týǵan kúni [[dob:02.07.2005]], [[phone:87754031286]]",
            ),
        ],
    ),
    (
        "kk",
        "Astana",
        [],
        [
            (1, [], "14 jigit, kóbi stýdentter"),
            (
                3,
                ["quote"],
                "[[first:Arman]]: «meniń {{armanym}} – aspaz bolý, biraq ákem kúledi»",
            ),
            (
                5,
                ["insight"],
                "[[first:armanǵa|arman]] top qoldaý kórsetti, «{{Dimash}} ta ánshi ǵoı» dedi bireý",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Arman Qýanyshev|Qýanyshev]] [[link:instagram.com/arman_cooks_ast]], [[phone:+7 700 512 88 41]]",
            ),
        ],
    ),
    # ---------------- mixed (6) ----------------
    (
        # mixed ru / kk / en
        "ru",
        "Алматы",
        [],
        [
            (1, [], "group 13, половина на казахском. один переводил"),
            (
                3,
                ["quote"],
                "[[first:санжар]]: «ағам айтады қыз баланы университетке жіберу — ақша шашу». his bro's words not his",
            ),
            (
                5,
                ["insight"],
                "[[nick:Санжик]] потом: сестра сама поступила на грант, он гордится. ұялды бірақ айтты",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Санжар Омаров|Омаров]] tg [[handle:@sanzh_omar]], [[phone:+7 702 419 05 77]] — хочет в волонтёры. раздал брошюры {{UN Women}}",
            ),
        ],
    ),
    (
        # mixed en / ru / ky
        "en",
        "Bishkek",
        ["Marat Usenov", "Beks"],
        [
            (0, [], "[[first:marat]] brought chai, жакшы start. roster 2 + 10"),
            (2, ["quote"], "[[nick:Beks]]: 'эркек киши должен решать, else what is he for?'"),
            (
                4,
                ["resistance"],
                "[[surname:Usenov]] says the {{akimat}} doesnt care anyway so why bother",
            ),
            (
                7,
                ["referral"],
                "[[nick:Бекс]] (=[[name:Бексултан Жумалиев|Жумалиев]]) disclosed father beats mom, gave {{1409}}. говорит мама не хочет уходить",
            ),
            (
                9,
                ["follow-up"],
                "send him the deck, [[email:marat.usenov@gmail.com]], [[phone:+996 555 902 147]]",
            ),
        ],
    ),
    (
        # mixed kk / uz / ru
        "kk",
        "Сарыағаш",
        [],
        [
            (1, [], "10 жігіт, половина uzbek-speaking. [[first:Ulug'bek]] таржима қилди"),
            (
                3,
                ["quote"],
                "[[first:улугбек]]: «опам турмушга чиқмаса, уят бизга» — сестре 24",
            ),
            (
                5,
                ["insight"],
                "бір жігіт айтты: апасы 30 жаста тұрмыс құрмаған, {{бақытты}}. осы сөзді екі рет қайталады",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Улугбек Турсунов|Турсунов]] [[phone:+7 775 018 63 24]], ҚР азаматы емес — паспорт [[passport:FA 2281094]]",
            ),
        ],
    ),
    (
        # mixed en / ru / tg
        "en",
        "Khorog",
        [],
        [
            (1, [], "7 ppl only, снег. two walked from the next kishlak"),
            (
                3,
                ["quote"],
                "[[first:parviz]]: 'бародарам says my sister cant go to {{Dushanbe}} alone'",
            ),
            (5, ["insight"], "[[first:shohin]]: he'd go with her himself, так она сможет учиться. small win"),
            (
                8,
                ["follow-up"],
                "[[name:Parviz Mamadnazarov|Mamadnazarov]] [[phone:+992 93 771 0482]] whatsapp same, dob [[dob:2004-08-17]], lives [[address:mkr Bogh 3, kv 12]]",
            ),
        ],
    ),
    (
        # mixed ru / kk / en
        "ru",
        "Актау",
        ["Нурдаулет", "Габит Сериков"],
        [
            (0, [], "тізім 2 + 9, started late"),
            (
                2,
                ["quote"],
                "[[first:Нурдаулет]]: «жігіт қызды қорғау керек» — по сути про контроль",
            ),
            (
                4,
                ["insight"],
                "[[surname:Сериков]] тоже брат-контролёр, admitted it, говорит сестра его боится",
            ),
            (
                7,
                ["follow-up"],
                "дать контакты психолога. [[name:Габит Сериков|Сериков]] моб [[phone:+7 771 640 23 58]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:нурдаулет]] хочет вести группу у себя, [[address:14 мкр, 35 дом, кв 8]]",
            ),
        ],
    ),
    (
        # mixed kk Latin / ru / en
        "kk",
        "Almaty",
        [],
        [
            (1, [], "12 jigit, pol-gruppy ru. biri kesh keldi"),
            (
                3,
                ["quote"],
                "[[first:temirlan]]: «qyz 'no' dese de, 'yes' degeni» — stopped here, long talk about consent",
            ),
            (
                5,
                ["insight"],
                "{{Saltanat zańy}} týraly aıttyq, [[first:Temirlanǵa|Temirlan]] birinshi ret estidi",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Temirlan Jaqypov|Jaqypov]] – [[handle:@temir_jqp]], ЖСН [[iin:041127500613]] sertıfıkat úshin",
            ),
        ],
    ),
]
