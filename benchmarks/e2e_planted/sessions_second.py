# Synthetic facilitator notes for the e2e anonymization check.
# All people, numbers, addresses, accounts are INVENTED.
SESSIONS = [
    # ---------------- en (14) ----------------
    (
        "en",
        "Almaty",
        [],
        [
            (
                1,
                [],
                "12 guys, late start bc of rain. [[first:daniyar]] and [[first:Ruslan]] came together from the college",
            ),
            (3, ["quote"], "— he: 'my dad says a man who cooks is not a man' - others laughed, some nodded"),
            (
                5,
                ["resistance"],
                "[[first:ruslan]] pushed back hard on {{Saltanat's law}}, said its 'for city women only'",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Daniyar Ospanbekov]] asked to talk after. call back tmrw [[phone:+7 701 482 19 36]], bday [[dob:3 May 2005]]",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Ilyar Khamraev]] (uyghur, from [[address:Chundzha, ul. Kasymbekova 4]]) wants uyghur handouts — [[first:ilyar]] tg [[handle:@ilyar_kh]]",
            ),
        ],
    ),
    (
        "en",
        "Bishkek",
        ["Aibek Toktogulov", "Nurlan"],
        [
            (0, [], "roster + 9 walk-ins. room at youth centre too small"),
            (
                2,
                ["insight"],
                "[[first:aibek]] told story of his cousin - ala kachuu (bride kidnapping) last summer, he helped 'carry' her. now ashamed",
            ),
            (4, ["quote"], "— him again: 'nobody asked her. i thought it was tradition'"),
            (
                6,
                ["referral"],
                "gave him crisis centre number + {{112}}. his contact [[phone:0555 31 27 84]], tg [[handle:@aibek_tok94]]",
            ),
            (
                9,
                ["follow-up"],
                "follow up w/ [[name:Aibek Toktogulov]] next wk, he wants to bring [[nick:Nurik]] (his brother)",
            ),
        ],
    ),
    (
        "en",
        "Samarqand",
        [],
        [
            (1, [], "mixed uzbek/russian group, translated myself. energy ok"),
            (3, ["quote"], "[[first:sherzod]]: 'if my wife earns more i will feel like nothing'"),
            (
                5,
                ["insight"],
                "later he said maybe its ok if she works at the bank. small shift!! {{mark the time}} - 1h10 in",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Sherzod Rakhimov]] wants materials in uzbek, email [[email:sherzod.rakh88@gmail.com]]",
            ),
            (10, [], "next time bring tea, hall at [[address:Dagbitskaya ko'chasi 27, kv 14]] is freezing"),
        ],
    ),
    (
        "en",
        "Karakol",
        [],
        [
            (
                2,
                ["resistance"],
                "[[nick:Sanya]] ([[first:alexandr]]) kept joking the whole time, disrupting. talked to him in break",
            ),
            (
                4,
                ["quote"],
                "[[nick:sanya]]: 'my father hits my mom when he drinks, thats just how it is in our house'",
            ),
            (
                4,
                ["referral"],
                "disclosure!! gave hotline {{1409}}. he doesnt want police. full name [[name:Aleksandr Kovalenko]], lives [[address:ul. Toktogula 112, kv 7]]",
            ),
            (
                6,
                ["follow-up"],
                "call back [[nick:Sanya]] thurs eve [[phone:+996 705 418 233]], dob [[dob:12/06/2006]] - careful, shared phone w/ mom?",
            ),
            (11, [], "closing circle v quiet. [[surname:kovalenko]] stayed till end"),
        ],
    ),
    (
        "en",
        "Khujand",
        [],
        [
            (1, [], "8 participants, tajik + uzbek speakers. [[first:Farrukh]] helped translate"),
            (
                3,
                ["quote"],
                "same guy: 'in our mahalla the women decide everything at home, men just pretend'",
            ),
            (5, ["insight"], "[[first:Jamshed]] said he washes dishes secretly so neighbours dont see"),
            (
                8,
                ["follow-up"],
                "[[first:jamshed]] wants to volunteer, [[phone:+992 93 417 2280]], passport [[passport:A 40218835]], surname [[surname:Sharipov]]",
            ),
            (
                10,
                [],
                "teacher said [[desc:the only school psychologist in Ghafurov district]] is on maternity leave now, gave {{UN Women}} contacts instead",
            ),
        ],
    ),
    (
        "en",
        "Shymkent",
        [],
        [
            (0, [], "started 15 min late. {{will}} try to book bigger room"),
            (
                2,
                ["quote"],
                "[[name:Bauyrzhan Seitkali]]: 'my sister was stolen for marriage and everyone celebrated'",
            ),
            (
                4,
                ["resistance"],
                "[[first:bauyrzhan's|bauyrzhan]] uncle ([[desc:the imam of the small mosque on Baidibek street]]) came in and took him out for 10 min",
            ),
            (6, ["follow-up"], "they call him [[nick:Bauka]], whatsapp [[phone:8 (702) 555-12-90]]"),
            (
                9,
                ["referral"],
                "referred [[first:bauyrzhan]] to legal aid re sister, car of the groom's family [[plate:345 KXA 13]] (he wrote it down)",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        [],
        [
            (1, [], "group of 14, mostly students of OshSU. ok energy, {{mark the time}}: started 14:20"),
            (3, ["quote"], "[[first:Azamat]]: 'girls now want too much'"),
            (5, ["insight"], "later he said his mom raised 4 kids alone, 'maybe i'm wrong'"),
            (
                7,
                ["follow-up"],
                "[[name:Azamat Zhoomartov]] asked for the video, insta [[link:instagram.com/azamat.zh_osh]]",
            ),
            (
                9,
                [],
                "his mom is [[desc:the only female taxi driver in Kara-Suu]] - he is proud of her actually",
            ),
        ],
    ),
    (
        "en",
        "Nukus",
        ["Dilshod", "Kamol"],
        [
            (1, [], "karakalpak + uzbek. two from the roster co-facilitated warmup"),
            (4, ["quote"], "[[first:Dilshod]]: 'my brother beats his wife and our mother says be patient'"),
            (
                4,
                ["referral"],
                "gave [[first:dilshod]] number of crisis centre, he'll pass to sister-in-law who lives [[address:Dosnazarov ko'chasi 9]]",
            ),
            (6, ["resistance"], "[[first:Kamol]] walked out during role play. {{will}} he come back? dunno"),
            (
                9,
                ["follow-up"],
                "call [[first:kamol]] — [[phone:+998 90 312 45 67]] or [[phone:90 123 45 67]] (brother's), he apologised by sms",
            ),
        ],
    ),
    (
        "en",
        "Taraz",
        [],
        [
            (2, [], "only 6 came (exams). intimate, good talk"),
            (3, ["quote"], "[[name:Yerkebulan Zhakypov]]: 'i want to be different from my father'"),
            (5, ["insight"], "then - 'nobody ever told me crying is ok'. others agreed"),
            (
                8,
                ["follow-up"],
                "[[nick:Yerke]] will bring friends next time. email [[email:yerke.zh2004@mail.ru]]",
            ),
            (10, [], "{{UN Women}} leaflets ran out"),
        ],
    ),
    (
        "en",
        "Dushanbe",
        ["Firdavs Nazarov", "Rustam"],
        [
            (1, [], "ngo office, 10 guys, 2 late. put {{112}} on the flipchart"),
            (3, ["quote"], "[[first:Rustam]]: 'a man must control the money or family falls apart'"),
            (4, ["resistance"], "[[first:rustam]] + [[first:Firdavs]] argued 20 min"),
            (
                7,
                ["insight"],
                "quietly: 'my mom has no passport, dad keeps it'. [[name:Firdavs Nazarov]] ok to be contacted",
            ),
            (9, ["follow-up"], "tg [[handle:@firdavs_nz]], dont call — dad checks phone"),
        ],
    ),
    (
        "en",
        "Ust-Kamenogorsk",
        [],
        [
            (2, [], "russian speaking mostly, used ru handouts, mentioned {{Saltanat's law}}"),
            (
                3,
                ["quote"],
                "[[first:Vitaliy]]: 'my girlfriend checks my phone, is that also control?' good question",
            ),
            (
                6,
                ["insight"],
                "[[name:Vitaliy Schreiber]] - german family, grandfather deported - talked about family roles",
            ),
            (
                8,
                ["follow-up"],
                "[[first:vitaliy]] wants to start a club, [[phone:+7 777 309 88 14]], lives [[address:pr. Nezavisimosti 41, kv 63]], [[email:v.schreiber.uka@gmail.com]]",
            ),
        ],
    ),
    (
        "en",
        "Kyzylorda",
        [],
        [
            (1, [], "heat, fans broken, cut activity 4"),
            (3, ["quote"], "[[first:Nurbol]]: 'my fiancée wants to keep working, my mom is against'"),
            (5, [], "{{slava bogu}} nobody left early"),
            (
                7,
                ["referral"],
                "[[name:Nurbol Abenov]] - his sister got married at 16, referred to helpline {{150}}",
            ),
            (9, ["follow-up"], "iin for the certificate [[iin:040517350218]], [[phone:8 705 214 63 07]]"),
        ],
    ),
    (
        "en",
        "Jalal-Abad",
        [],
        [
            (2, [], "joint with local youth council, 16 ppl"),
            (
                4,
                ["quote"],
                "[[nick:Aibek-bro]] (that's what they call him): 'kidnapping is romantic' — group went silent",
            ),
            (6, ["resistance"], "[[nick:aibek-bro]] & friends defended ala kachuu the whole step"),
            (
                8,
                ["insight"],
                "[[first:Temirlan]] disagreed openly w/ them - brave, quoted {{Abai}}. [[name:Temirlan Asanaliev]] works at the pharmacy",
            ),
            (
                10,
                ["follow-up"],
                "he wants to co-facilitate. PIN for contract [[iin:22304199800417]], [[phone:+996 (772) 40-18-55]]",
            ),
        ],
    ),
    (
        "en",
        "Termez",
        [],
        [
            (1, [], "border town, few ppl trusted us at first"),
            (3, ["quote"], "[[first:Ulugbek]]: 'a good wife does not argue'"),
            (5, ["insight"], "[[first:ulugbek]] admitted his sister wanted university, father said no"),
            (
                7,
                ["follow-up"],
                "his friend [[name:Bekzod Tursunov]] gave passport for travel grant [[passport:AA 4417263]], dob [[dob:2004-09-21]]",
            ),
            (9, [], "{{Abai}} quote on the wall of the centre, used it for closing"),
        ],
    ),
    # ---------------- ru (13) ----------------
    (
        "ru",
        "Караганда",
        [],
        [
            (1, [], "11 чел, колледж. [[first:Тимур]] опоздал на 20 мин"),
            (3, ["quote"], "он: «если жена больше зарабатывает – значит я лох»"),
            (5, ["insight"], "[[first:Тимуру|Тимур]] потом сказали что это не так, он задумался"),
            (8, ["follow-up"], "позвонить [[name:Тимур Жумабаев|Жумабаев]] в пт, [[phone:8 701 553 20 47]]"),
            (10, [], "{{надежда есть}}, группа живая"),
        ],
    ),
    (
        "ru",
        "Ош",
        ["Бакыт", "Эрмек"],
        [
            (0, [], "по списку двое + ещё 7"),
            (2, ["quote"], "[[first:Эрмек]]: «у нас в селе каждую вторую девушку украли, и ничего»"),
            (
                4,
                ["referral"],
                "он же рассказал что сестру украли в прошлом году, дали телефон кризисного центра",
            ),
            (
                6,
                ["resistance"],
                "[[first:Бакыт]] спорил что ала качуу – это традиция, {{надежда есть}} что передумает",
            ),
            (
                9,
                ["follow-up"],
                "связаться с [[first:Бакытом|Бакыт]] через [[handle:@bakyt_osh07]] / [[link:t.me/bakyt_osh07]], с [[first:эрмеком|эрмек]] — [[phone:+996 555 62 18 03]]",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        [],
        [
            (1, [], "ребята таджики и узбеки, говорили на русском"),
            (3, ["quote"], "— [[first:Сухроб]]: «отец бьёт маму, я ничего не могу сделать, мне 16»"),
            (
                3,
                ["referral"],
                "раскрытие! дали номер горячей линии, [[name:Сухроб Джураев|Джураев]] живёт [[address:мкр 19, д. 7, кв. 31]]",
            ),
            (
                7,
                ["follow-up"],
                "перезвонить [[first:сухробу|сухроб]] через неделю [[phone:+992 92 704 3318]], осторожно",
            ),
            (10, [], "{{слава богу}} директор разрешил ещё занятие"),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (2, [], "группа 9 чел, много шутили. дали {{150}}"),
            (3, ["quote"], "[[nick:Саня]]: «мужик не плачет, точка»"),
            (5, ["insight"], "[[nick:саня]] потом рассказал про деда, который плакал на похоронах бабушки"),
            (
                8,
                ["follow-up"],
                "[[name:Александр Ткаченко|Ткаченко]] хочет прийти ещё, почта [[email:sasha.tkachenko.pvl@yandex.ru]], живёт [[address:ул. Кутузова 204/1, кв. 88]]",
            ),
            (
                10,
                ["referral"],
                "дали контакты центра. у отчима машина [[plate:071 ACD 14]] — он так сказал, не знаю зачем. [[surname:ткаченко]] ушёл последним",
            ),
        ],
    ),
    (
        "ru",
        "Алматы",
        [],
        [
            (1, [], "поздно начали, 13 чел"),
            (3, ["quote"], "[[first:Арман]]: «закон про насилие ничего не поменял»"),
            (4, ["resistance"], "[[first:арман]] и [[first:Дамир]] спорили про {{закон Салтанат}}"),
            (7, ["insight"], "[[first:Дамиру|Дамир]] понравилась идея «кто моет посуду»"),
            (
                9,
                ["follow-up"],
                "[[name:Дамир Ким|Ким]] — тг [[link:t.me/damir_kim_almaty]], хочет быть волонтёром, ИИН [[iin:050224500871]]",
            ),
        ],
    ),
    (
        "ru",
        "Бишкек",
        [],
        [
            (2, [], "зал в молодёжном центре, 12 чел"),
            (3, ["quote"], "[[name:Нурсултан Абдыкадыров|Абдыкадыров]]: «девушка должна слушать мужа»"),
            (5, ["insight"], "он потом: «а если моя сестра будет так жить?»"),
            (
                7,
                ["follow-up"],
                "позвонить [[first:Нурсултану|Нурсултан]] [[phone:0700 21 84 56]], он хочет привести друзей",
            ),
            (10, [], "в памятке опечатка в номере {{112}}, поправить"),
        ],
    ),
    (
        "ru",
        "Самарканд",
        [],
        [
            (1, [], "узбекская махалля, говорили на русском и узбекском, {{слава богу}} пустили"),
            (3, ["quote"], "[[first:Жахонгир]]: «жену выбирает мама»"),
            (5, ["resistance"], "он и его друг ушли на перерыве, вернулись"),
            (
                8,
                ["follow-up"],
                "[[name:Жахонгир Усмонов|Усмонов]], [[phone:+998 (91) 547-22-10]], паспорт для сертификата [[passport:FA 2291874]], д.р. [[dob:17.08.2003]]",
            ),
        ],
    ),
    (
        "ru",
        "Усть-Каменогорск",
        [],
        [
            (1, [], "9 чел, техникум"),
            (3, ["quote"], "[[first:Вадим]]: «мне батя сказал – бьёт значит любит, это про женщин»"),
            (
                3,
                ["referral"],
                "[[first:вадим]] потом в перерыве – отец бьёт мать. дали {{150}} и адрес кризисного центра",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Вадим Гриценко|Гриценко]] – [[phone:+7 (705) 611-03-28]], звонить только днём, д.р. [[dob:29.02.2004]]",
            ),
            (
                9,
                [],
                "его мать – [[desc:единственный фельдшер в посёлке Касым Кайсенова]], просил не говорить никому",
            ),
        ],
    ),
    (
        "ru",
        "Талас",
        [],
        [
            (2, [], "11 чел, киргизский + русский, {{UN Women}} помогли с залом"),
            (3, ["quote"], "[[first:Медер]]: «если жена уйдёт – позор для всего рода»"),
            (5, ["insight"], "потом признал, что его отец ушёл от матери, а позор был только у неё"),
            (
                8,
                ["follow-up"],
                "[[name:Медер Осмонбеков|Осмонбеков]] — инста [[link:instagram.com/meder_talas]], адрес [[address:с. Кара-Ой, ул. Манаса 15]]",
            ),
        ],
    ),
    (
        "ru",
        "Актобе",
        [],
        [
            (1, [], "12 чел, спортзал"),
            (3, ["quote"], "[[nick:Жека]]: «я бы жену не отпустил работать в другой город»"),
            (5, ["resistance"], "[[nick:жека]] ([[first:евгений]]) спорил весь шаг, остальные против него"),
            (
                7,
                ["follow-up"],
                "[[name:Евгений Мельник|Мельник]] хочет модерировать группу, [[phone:+7 916 402 77 51]] (рос. номер), паспорт РФ [[passport:45 12 345678]]",
            ),
            (10, [], "{{надежда}} на то, что вернётся в следующий раз"),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (1, [], "13 чел, университет"),
            (3, ["quote"], "[[first:Шахзод]]: «мою сестру выдали в 17, она не хотела»"),
            (4, ["referral"], "[[first:шахзоду|шахзод]] дали контакты юристов"),
            (
                7,
                ["follow-up"],
                "[[name:Шахзод Саидов|Саидов]] [[phone:+992 93 556 1207]], дата рожд. [[dob:14.03.2006]] (для списка)",
            ),
            (9, [], "{{UN Women}} попросили фото — без лиц"),
        ],
    ),
    (
        "ru",
        "Шымкент",
        [],
        [
            (2, [], "опоздали на 30 мин, пробки"),
            (3, ["quote"], "[[first:Ильдар]]: «татары тоже воруют невест? нет, это у вас»"),
            (5, ["insight"], "он рассказал про бабушку, которая одна подняла 6 детей"),
            (
                8,
                ["follow-up"],
                "[[name:Ильдар Галиуллин|Галиуллин]] — почта [[email:ildar.galiullin@inbox.ru]], тг [[handle:@ildar_g]]",
            ),
            (10, [], "в след. раз взять проектор, цитата {{Абай}} зашла"),
        ],
    ),
    (
        "ru",
        "Кызылорда",
        [],
        [
            (1, [], "10 чел, молодёжный ресурсный центр"),
            (3, ["quote"], "[[first:Ержан]]: «у меня отец поднимает руку на маму, все соседи знают»"),
            (3, ["referral"], "раскрытие – дали {{1409}} и {{150}}, [[first:ержан]] не хочет полицию"),
            (
                6,
                ["follow-up"],
                "перезвонить [[first:Ержану|Ержан]] [[phone:8 (724) 226-14-09]]? нет это домашний, лучше [[phone:8 778 340 21 65]]",
            ),
            (9, [], "живут [[address:ул. Айтеке би 58, кв. 12]] – записал на случай если понадобится"),
        ],
    ),
    # ---------------- kk (13) ----------------
    (
        "kk",
        "Қарағанды",
        [],
        [
            (1, [], "12 жігіт келді, колледж студенттері"),
            (3, ["quote"], "[[first:Ерлан]]: «әйел үйде отыруы керек, бізде солай»"),
            (5, ["insight"], "[[first:Ерланға|Ерлан]] қарсы шыққан [[first:Асхат]] болды, жақсы пікірталас"),
            (
                8,
                ["follow-up"],
                "— [[first:асхат]]: ертең қоңырау шал. [[name:Асхат Нұрланұлы|Нұрланұлы]] [[phone:+7 747 218 90 33]] хабарласу",
            ),
            (10, [], "{{менің арманым}} деген жаттығу жақсы өтті"),
        ],
    ),
    (
        "kk",
        "Түркістан",
        [],
        [
            (1, [], "13 адам, ауылдан да келді"),
            (3, ["quote"], "[[first:Нұрдәулет]]: «қалыңдық алып қашу – біздің салт»"),
            (
                5,
                ["resistance"],
                "[[first:нұрдәулеттің|нұрдәулет]] досы [[first:Бекзат]] келіспеді, ұрыс сияқты болды",
            ),
            (7, ["referral"], "[[first:бекзат]] айтты әпкесін алып қашқан, оған {{150}} бердік"),
            (
                9,
                ["follow-up"],
                "[[name:Бекзат Әлімжанов|Әлімжанов]] – [[phone:8 (771) 604 12 58]], ЖСН [[iin:060315351249]], мекенжайы [[address:Ынтымақ ауылы, Абылай хан көшесі 23]]",
            ),
        ],
    ),
    (
        "kk",
        "Семей",
        [],
        [
            (2, [], "топ тыныш болды, 8 жігіт. {{бақыт деген}} не – сұрадым"),
            (3, ["quote"], "[[nick:Жәке]]: «әкем анамды ұрады, мен үндемеймін»"),
            (
                3,
                ["referral"],
                "[[nick:жәкеге|жәке]] кейін жеке сөйлестім, дағдарыс орталығының нөмірін бердім",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Жанболат Серікбаев|Серікбаев]], [[phone:+7 (708) 413-55-20]] – тек күндіз хабарласу",
            ),
            (9, [], "оның әкесі – [[desc:Шұбартау ауылындағы жалғыз ветеринар]]. ешкімге айтпау"),
        ],
    ),
    (
        "kk",
        "Алматы",
        [],
        [
            (1, [], "15 студент, ҚазҰУ"),
            (3, ["quote"], "[[first:Дәурен]]: «жігіт ыдыс жуса – ұят емес пе?»"),
            (5, ["insight"], "ол кейін «менің әкем де ас пісіреді» деп мойындады"),
            (
                8,
                ["follow-up"],
                "[[name:Дәурен Қасымов|Қасымов]] – инстаграм [[link:instagram.com/dauren_qasym]], почта [[email:dauren.qasymov01@gmail.com]]",
            ),
            (10, [], "{{бақыт деген}} тақырыбы ұнады"),
        ],
    ),
    (
        "kk",
        "Qyzylorda",
        [],
        [
            (1, [], "12 jigit, kolledj. qazaq tilinde júrgizdim"),
            (3, ["quote"], "[[first:Baýyrjan]]: «áıel jumys istese, úıdi kim qaraıdy?»"),
            (5, ["insight"], "ol keıin «apam da jumys istedi, biz ósip shyqtyq» dedi"),
            (
                8,
                ["follow-up"],
                "[[name:Baýyrjan Tólegenov|Tólegenov]] – [[phone:+7 702 881 34 06]] habarlasý, týǵan kúni [[dob:11.01.2006]]",
            ),
            (10, [], "{{Abai}} óleńin oqydyq, jaqsy boldy"),
        ],
    ),
    (
        "kk",
        "Атырау",
        ["Мирас", "Ғалым Есенғали"],
        [
            (2, [], "10 жігіт, мұнайшылар қаласы, {{Салтанат заңы}} туралы сұрақтар көп"),
            (3, ["quote"], "[[first:Мирас]]: «ақшаны ер адам басқаруы керек»"),
            (5, ["resistance"], "[[first:Мирасқа|Мирас]] топ қарсы шықты, ол ашуланды"),
            (
                7,
                ["insight"],
                "[[first:Ғалым]] ([[desc:ауылдағы жалғыз мұғалімнің ұлы, Жаңаталап]]): «менің анам бәрін өзі шешеді, әкем тек қол қояды»",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Ғалым Есенғали|Есенғали]] – ЖСН сертификат үшін [[iin:030912450117]], [[phone:8 701 744 09 21]]",
            ),
        ],
    ),
    (
        "kk",
        "Тараз",
        [],
        [
            (1, [], "11 адам, жастар орталығы"),
            (3, ["quote"], "[[first:Айдос]]: «қызды алып қашу – махаббат»"),
            (4, ["resistance"], "[[first:айдос]] пен [[nick:Нұрик]] бүкіл қадам бойы қарсы болды"),
            (
                7,
                ["referral"],
                "[[nick:нұрик]] кейін айтты: әпкесін алып қашқан, 16 жаста. {{112}} және заңгер берілді",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Нұрлан Бейсенов|Бейсенов]] – [[handle:@nurik_taraz]] арқылы хабарласу, не [[phone:87014450329]]",
            ),
        ],
    ),
    (
        "kk",
        "Shymkent",
        [],
        [
            (1, [], "aralas top: qazaq, ózbek jigitter. ru/kk aralas sóıledik"),
            (3, ["quote"], "[[first:Ótkir]]: «ózbekte de solaı, qyzdy suramaıdy»"),
            (5, ["insight"], "ol – 'maybe we should ask girls first' dedi, kúlisti"),
            (
                8,
                ["follow-up"],
                "[[name:Ótkir Karimov|Karimov]] – [[phone:+998 93 210 77 45]], mekenjaıy [[address:Qarasý mkr, 14 úı, 52 páter]]",
            ),
            (10, [], "{{slava bogu}}, bári qaıta kelemiz dedi"),
        ],
    ),
    (
        "kk",
        "Өскемен",
        [],
        [
            (1, [], "9 жігіт, орыс/қазақ аралас"),
            (3, ["quote"], "[[first:Қуаныш]]: «батя говорит мужик должен быть жёстким», топ күлді"),
            (5, ["insight"], "ол: «бірақ мен әкем сияқты болғым келмейді»"),
            (
                8,
                ["follow-up"],
                "[[first:Қуанышқа|Қуаныш]] хабарласу [[phone:8 (777) 152-40-86]], [[surname:Төлеуханов]] деп жаз (фамилиясы)",
            ),
            (10, [], "{{слава богу}} ешкім кетпеді"),
        ],
    ),
    (
        "kk",
        "Көкшетау",
        [],
        [
            (1, [], "13 адам, техникум"),
            (3, ["quote"], "[[first:Ақжол]]: «әкем анамды ұрады, ол кетпейді, қайда барады?»"),
            (
                3,
                ["referral"],
                "[[first:ақжолға|ақжол]] {{150}} және дағдарыс орталығын бердім, полицияға бармаймын дейді",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Ақжол Мұхтаров|Мұхтаров]] – туған күні [[dob:02.11.2007]], [[phone:+7 705 390 61 14]] – тек WhatsApp",
            ),
            (9, [], "тұрады [[address:Сарыарқа мкр, 8 үй, 44 пәтер]] – ешкімге бермеу"),
        ],
    ),
    (
        "kk",
        "Жаңаөзен",
        [],
        [
            (2, [], "8 жігіт, кешке"),
            (3, ["quote"], "[[first:Ернар]]: «жұмыс жоқ, сондықтан әйелдер ұрысады»"),
            (5, ["insight"], "ол кейін: «мүмкін мәселе жұмыста емес шығар»"),
            (
                7,
                ["follow-up"],
                "[[name:Ернар Сағынтаев|Сағынтаев]], машинасы [[plate:512 BKN 12]] (өзі айтты), [[phone:8 702 415 88 30]], [[address:Бостан ауылы, Тәуелсіздік көшесі 7]]",
            ),
            (10, [], "бір жігіт «{{will}} you come back?» деп сұрады, жақсы белгі"),
        ],
    ),
    (
        "kk",
        "Кентау",
        ["Руслан", "Әділет"],
        [
            (0, [], "тізім бойынша екеуі + 8"),
            (3, ["quote"], "[[first:Әділет]]: «қалыңдық таңдау – ата-ананың ісі»"),
            (
                5,
                ["resistance"],
                "[[first:Руслан]] келіспеді: «мен өзім таңдаймын, {{менің арманым}} – сүйген қызыма үйлену»",
            ),
            (7, ["insight"], "ол кейін ойланып қалды"),
            (
                9,
                ["follow-up"],
                "[[first:русланмен|руслан]] хабарласу [[phone:+7 (776) 208-31-49]], [[first:әділет]] – [[email:adilet.k2005@mail.kz]]",
            ),
        ],
    ),
    (
        "kk",
        "Нарын",
        [],
        [
            (1, [], "қырғыз жігіттер, қазақ/қырғыз аралас сөйлестік"),
            (3, ["quote"], "[[first:Үмбөталы]]: «ала качуу бизде кадимки нерсе» – топ үндемеді"),
            (5, ["insight"], "[[first:үмбөталы]] кейін: «апамды да уурдап кеткен»"),
            (
                8,
                ["follow-up"],
                "[[name:Үмбөталы Жээнбеков|Жээнбеков]] – [[phone:+996 (557) 33 80 12]], паспорт [[passport:ID 4031775]] грант үшін",
            ),
            (10, [], "{{UN Women}} парақшалары қырғыз тілінде керек"),
        ],
    ),
]
