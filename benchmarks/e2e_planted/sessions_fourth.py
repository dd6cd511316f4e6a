# SYNTHETIC TEST DATA. Every person, phone number, address, account, ID number and plate
# in this file is INVENTED for end-to-end testing of the anonymizer. Any resemblance to
# real people is coincidental. Public figures/laws/helplines appear only in {{keep}} marks.

SESSIONS = [
    # ---------------- chunk 1 ----------------
    (
        "en",
        "Taldykorgan",
        ["Daniyar Seitkali", "Arman"],
        [
            (
                0,
                [],
                "17 guys, college hall, cold. [[first:daniyar]] late again, came with [[name:Timur Abenov|Abenov]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Arman]] on 'real man': 'pays for everything, never cries'. others nodded. we talked about what an {{арман}} is for them - most said car+house",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Dani]] said {{feminism is western}}, girls in {{Almaty}} already rule. laughed a lot. one guy defended his sister tho",
            ),
            (
                7,
                ["insight"],
                "[[first:arman]]'s dad did the cooking when mom was sick - first time he said it out loud",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Timur]] wants materials, gave tg [[handle:@timur_ab07]] and number [[phone:+7 705 318 44 92]]",
            ),
        ],
    ),
    (
        "en",
        "Kyzylorda",
        [],
        [
            (1, [], "only 9 came, football match. ok small group actually better"),
            (
                3,
                ["quote", "resistance"],
                "one said 'a man who lets his wife work is a {{jack}} of all trades at home lol'. ppl laughed. one guy said nah thats just being fair",
            ),
            (
                5,
                ["insight"],
                "talked about {{Saltanat's law}}. [[first:nurbol]] knew about the {{Bishimbayev trial}}, others had only seen memes",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Nurbol's|Nurbol]] cousin [[name:Aidana Kurmanova|Kurmanova]] works w/ youth center, email [[email:aidana.kurm@mail.kz]]",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        ["Bektur Asanov", "Emil"],
        [
            (0, [], "20 guys, school nr 12 gym. a couple of guys helped set up chairs"),
            (
                2,
                ["quote"],
                "[[first:Emil]]: 'in our family my mom decides the money, dad just gives salary'. others shocked",
            ),
            (
                4,
                ["resistance"],
                "[[name:Bektur Asanov|Asanov]] - 'ala kachuu is tradition, girls agree later'. heavy silence. [[first:emil]] pushed back",
            ),
            (
                6,
                ["insight"],
                "[[first:Bektur]] later quietly: his older bro [[first:Nurlanbek]] 'stole' his wife 2 yrs ago, she still cries. needs follow up",
            ),
            (
                9,
                ["referral", "follow-up"],
                "gave {{112}} and local crisis center no. [[first:bektur's|bektur]] number [[phone:0555 41 27 83]], call next week. [[first:nurlanbeks|nurlanbek]] wife lives in [[address:ул. Ленина 48, кв 5]]",
            ),
            (11, [], "{{hope}} he calls. the quiet one offered to bring his friends next time"),
        ],
    ),
    (
        "en",
        "Khujand",
        [],
        [
            (
                1,
                [],
                "mixed group, uzbek + tajik guys, 14 total, 2 came from {{Dushanbe}}. translator [[first:Firuza]] from the ngo",
            ),
            (
                3,
                ["quote"],
                "[[first:Shahzod]]: 'when I see my father hit mom I just go out. what can I do' - long pause",
            ),
            (
                4,
                ["insight"],
                "talked what to do, {{1409}} doesnt work here obviously, told about local hotline. he wrote it down",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Dilik]] (the loud one, [[desc:the only boy from Ghafurov whose dad is the mahalla chairman]]) said its family business, not ours",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Shahzod]] ok to be contacted via translator?? no - via his own tg [[link:t.me/shahzod_kh98]]. [[first:Firuza]] phone [[phone:+992 92 774 18 05]]",
            ),
        ],
    ),
    (
        "ru",
        "Караганда",
        ["Алексей Ким", "Руслан Жумабеков"],
        [
            (0, [], "12 чел, колледж. [[first:Алексей]] опоздал, один привел двух друзей"),
            (
                2,
                ["quote"],
                "[[nick:Лёха]]: 'мужик должен решать, жена слушать'. засмеялись. [[first:Руслана|Руслан]] спросил почему",
            ),
            (
                5,
                ["resistance"],
                "тема закона - '{{закон Салтанат}} это чтобы бабы мужей сажали'. говорил [[surname:Жумабеков]], потом сказал что шутит",
            ),
            (
                7,
                ["insight"],
                "после перерыва [[first:Алексей]] рассказал что отчим бьет маму, живут на [[address:ул. Ерубаева 31-14]]. очень тихо",
            ),
            (
                9,
                ["referral", "follow-up"],
                "дала {{150}} и телефон кризисного центра. его номер [[phone:8 701 224 57 19]], договорились созвониться в пятн",
            ),
        ],
    ),
    (
        "ru",
        "Бишкек",
        [],
        [
            (
                1,
                [],
                "молодёжный центр, 22 парня, шумно. соорганизатор [[name:Айпери Токтосунова|Токтосунова]]",
            ),
            (
                3,
                ["quote", "resistance"],
                "[[first:Улан]]: 'феминизм придумали на западе, у нас {{Бишкек}} не Европа'. половина хлопала",
            ),
            (
                4,
                [],
                "игра 'коробка мужчины', потом про {{кризисные центры}}. ему досталась роль отца - сыграл неплохо",
            ),
            (
                6,
                ["insight"],
                "[[nick:Ула]] потом сказал что сестру брат не пускает учиться, [[first:Мээрим]] 17 лет",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Айпери]] возьмет контакт, её ватсап [[phone:+996 700 58 31 46]], почта [[email:aiperi.t@gmail.com]]",
            ),
        ],
    ),
    (
        "ru",
        "Темиртау",
        [],
        [
            (2, ["quote"], "'моя {{вера}} не позволяет' - сказал про мужчин и уборку, потом сам засмеялся"),
            (
                4,
                ["resistance"],
                "пара шуток про 'подкаблучников'. [[name:Денис Павленко|Павленко]] говорил что в {{Казахстан}} и так равенство",
            ),
            (6, ["insight"], "[[first:денис]] неожиданно: батя пил и бил, он ушел из дома в 16"),
            (
                8,
                ["follow-up"],
                "[[nick:Дэн]] оставил инсту [[link:instagram.com/den_pavl_tmr]], просил не звонить домой",
            ),
        ],
    ),
    (
        "kk",
        "Шиели",
        ["Асылбек Нұрланұлы"],
        [
            (0, [], "15 жігіт, ауылдық клуб. бір жігіт ертерек келіп көмектесті"),
            (
                2,
                ["quote"],
                "[[first:асылбектің|асылбек]] сөзі: 'менің {{арманым}} - әкем сияқты болмау'. бәрі үнсіз",
            ),
            (
                5,
                ["insight"],
                "[[first:Асылбекке|Асылбек]] кейін жеке сөйлестім: әкесі анасын ұрады, інісі [[first:Ернар]] қорқады",
            ),
            (
                7,
                ["resistance"],
                "біреуі 'әйелді ұру біздің ісіміз емес, отбасы ісі' деді. [[desc:ауылдағы жалғыз ветеринардың баласы]] қолдады",
            ),
            (
                10,
                ["referral", "follow-up"],
                "{{150}} және {{102}} бердім. [[first:Асылбек]] нөмірі [[phone:87074415268]], ағасы [[name:Нұрлан Сейітов|Сейітов]] арқылы емес, тікелей",
            ),
        ],
    ),
    (
        "kk",
        "Talas",
        [],
        [
            (1, [], "kyrgyz + kazakh jigitter, 11 adam, {{Bishkek}}ten trener joq. bireýi kesh keldi"),
            (
                3,
                ["quote"],
                "[[first:Qaırattyń|Qaırat]] sózi: 'qyz alyp qashý - salt, ata-babamyz istegen'. [[first:Azamat]] qarsy boldy",
            ),
            (
                4,
                ["insight"],
                "onyń apasyn da alyp qashqan eken, 3 jyl buryn. {{Qyrǵyzstan}} zańy boıynsha bul qylmys. ol kóp sóılegen joq",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Azamatpen|Azamat]] keıin sóılesemin, nómiri [[phone:0770 12 94 38]]. [[first:qaıratqa|qaırat]] materıal jiberem [[handle:@kairat_tls]]",
            ),
        ],
    ),
    (
        "kk",
        "Түркістан",
        [],
        [
            (1, [], "колледж, 19 жігіт, жаңа топ. ешкім атын айтпады алғашында"),
            (3, ["quote", "resistance"], "'әйелдің жұмысы - үй, еркек - {{алтын}} табады'. күлді бәрі"),
            (5, ["insight"], "{{Мұхтар Әуезов}} туралы бір жігіт айтты, әйелдер бейнесі туралы. жақсы сәт"),
            (9, [], "нормально өтті, келесі жолы әкелер тақырыбы"),
        ],
    ),
    # ---------------- chunk 2 ----------------
    (
        "en",
        "Samarkand",
        ["Jasur Tursunov", "Otabek", "Sardor"],
        [
            (0, [], "18 boys, mahalla center. co-facilitator from the mahalla translated uzbek parts"),
            (
                2,
                ["quote"],
                "[[first:jasur]]: 'erkak is the head, ayol is the neck' - classic. ref to {{Tomiris}} from someone, nice another guy said his mom is the whole body lol",
            ),
            (
                4,
                ["resistance"],
                "[[first:Sardor]] says gender stuff is from {{UN Women}} money, 'grant-feminism'. a few agreed",
            ),
            (
                6,
                ["insight"],
                "[[name:Jasur Tursunov|Tursunov]] later: his brother [[first:Bekzod]] checks sister's phone every evening, takes it away. he thinks its wrong but scared",
            ),
            (
                9,
                ["follow-up", "referral"],
                "[[first:jasurs|jasur]] number [[phone:+998 90 412 37 65]]. [[first:Gulnoza]] will connect w/ local women's committee, her mail [[email:gulnoza.r@inbox.uz]]",
            ),
        ],
    ),
    (
        "en",
        "Shymkent",
        [],
        [
            (1, [], "22 guys, very loud. [[nick:Aibek-bro]] the self-appointed leader"),
            (
                3,
                ["quote", "resistance"],
                "[[first:aibek]]: 'if wife earns more he is not a man'. we did the money game after",
            ),
            (
                5,
                ["insight"],
                "[[first:Yerzhan]] told about his uncle [[name:Marat Sultanbekov|Sultanbekov]] who beat his wife, now she left to {{Shymkent}} center. He was proud of aunt",
            ),
            (7, [], "{{Mark}} the time - ran 15 min over. Skipped step 8"),
            (
                10,
                ["follow-up"],
                "[[first:yerzhan]] wants to volunteer. number [[phone:8 (775) 903-12-48]], insta [[handle:@yerzh.an]]",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        [],
        [
            (
                1,
                [],
                "rural group, 10 guys, parents waiting outside. hard to open up. {{Summer}} break soon, fewer guys",
            ),
            (
                4,
                ["quote"],
                "one quietly: 'my sister was taken last spring, nobody called police'. didnt say name",
            ),
            (
                6,
                ["insight"],
                "after, [[desc:the 19-year-old who drives the only marshrutka to Jeti-Oguz]] came over - he was the one. [[first:Kanybek]]",
            ),
            (
                9,
                ["referral", "follow-up"],
                "told [[first:kanybek]] about crisis center {{Bishkek}}, gave number. his: [[phone:0 (700) 33-81-27]]. sister [[first:Aizada]] is 18, lives w/ husband's family at [[address:Jeti-Oguz village, Toktogul st 7]]",
            ),
        ],
    ),
    (
        "ru",
        "Ташкент",
        ["Бахтиёр Рахимов"],
        [
            (0, [], "15 парней, ВУЗ, аудитория 304. староста помог"),
            (
                2,
                ["quote"],
                "[[nick:Бахти]]: 'у нас в {{Ташкент}} всё современно, равенство уже есть'. спорили",
            ),
            (
                5,
                ["resistance"],
                "[[first:Шерзод]] сказал 'мужчина не плачет' и ещё что-то про {{слава}} мужская - перевели как честь",
            ),
            (
                7,
                ["insight"],
                "[[first:Шерзода|Шерзод]] после занятия: сосед бьёт жену, слышно через стену, [[address:массив Юнусабад 14, дом 22, кв 41]]. не знает что делать",
            ),
            (
                10,
                ["follow-up"],
                "тел [[phone:+998 (93) 517-40-28]]. [[first:Бахтиёру|Бахтиёр]] отправить презентацию",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (1, [], "14 человек, ДК. мало времени, сократили разминку"),
            (
                3,
                ["quote", "resistance"],
                "[[first:Виталик]]: 'равенство это когда бабы в армию идут'. смеялись минут 5",
            ),
            (
                5,
                ["insight"],
                "обсудили {{дело Бишимбаева}}, многие смотрели трансляцию. он же сказал что 'ну там перебор'",
            ),
            (8, [], "читали отрывок, кто-то спросил это {{роман}} или правда. правда."),
            (
                10,
                ["follow-up"],
                "[[name:Игорь Семенов|Семенов]] хочет вести группу сам, [[email:semenov.igor91@mail.ru]], [[phone:+7 (718) 255-63-10]]",
            ),
        ],
    ),
    (
        "ru",
        "Нарын",
        [],
        [
            (
                0,
                [],
                "школа-интернат, 11 ребят 15-17 лет. учительница [[name:Гүлнара Асанбековна|Асанбековна]] сидела сзади",
            ),
            (
                3,
                ["quote"],
                "[[first:Эрмек]]: 'кыз ала качуу - это же красиво, по любви'. другие не согласились",
            ),
            (
                5,
                ["insight"],
                "[[first:Эрмека|Эрмек]] старший брат [[name:Тилек Жумабаев|Жумабаев]] так украл девушку, она ушла через неделю",
            ),
            (
                7,
                ["resistance"],
                "'женщины и так много прав имеют' - несколько ребят. рассказала про статистику {{UNFPA}} по {{Кыргызстан}}",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Гүлнара]] эже попросила материалы на кыргызском, её номер [[phone:0772 906 153]]",
            ),
        ],
    ),
    (
        "ru",
        "Кокшетау",
        ["Данияр", "Сергей Литвин"],
        [
            (0, [], "колледж, 16 чел. двое из списка пришли первые"),
            (
                2,
                ["quote"],
                "[[nick:Серёга]]: 'папа дома вообще ничего не делает, и нормально'. [[first:данияр]] - 'у нас так же'",
            ),
            (
                5,
                ["insight"],
                "про эмоции - [[surname:Литвин]] рассказал что после смерти деда никто в семье не плакал. тишина. потом говорили про {{надежда}} и страх",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Данияра|Данияр]] позвать волонтером в {{Союз кризисных центров}}. номер [[phone:87015539847]]",
            ),
        ],
    ),
    (
        "kk",
        "Жаңақала",
        [],
        [
            (1, [], "12 жігіт, мектеп. екі дос бірге келді"),
            (
                3,
                ["quote", "resistance"],
                "[[first:Нұрсұлтан]]: 'феминизм - батыстың идеясы'. [[first:Бекжанның|Бекжан]] күлкісі",
            ),
            (
                5,
                ["insight"],
                "[[desc:Жаңақаладағы жалғыз жанармай бекетінде істейтін 17 жастағы бала]] айтты: қожайын әйелін ұрады, бәрі біледі. {{закон Салтанат}} туралы білмейді екен",
            ),
            (8, [], "{{Абай}} сөзін оқыдық, 'адам бол'. жақсы қабылдады"),
            (
                10,
                ["follow-up"],
                "[[first:Бекжанға|Бекжан]] материал жіберу, ватсап [[phone:+7 778 640 21 95]]",
            ),
        ],
    ),
    (
        "kk",
        "Qaskeleń",
        ["Jandos Erlanuly", "Aısulý"],
        [
            (0, [], "16 adam, jastar ortalyǵy. bireýi keshikti, co-facilitator bastady"),
            (
                2,
                ["quote"],
                "[[first:Jandosqa|Jandos]] suraq qoıdym: er adam kim? 'otbasyn asyraıtyn, {{Almaty}}ǵa baryp aqsha tabatyn'. [[first:Erbol]]: 'jáne jylamaıtyn'",
            ),
            (
                4,
                ["resistance"],
                "bireýi 'áıelderde quqyq jetkilikti' dedi, {{Amanat}} partııasy týraly bir nárse aıtty",
            ),
            (
                7,
                ["insight"],
                "[[name:Jandos Erlanuly|Erlanuly]] keıin: qaryndasyn aǵasy [[first:Nurlan]] baqylaıdy, telefonyn tekseredi",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Aısulýmen|Aısulý]] birge [[first:Jandospen|Jandos]] sóılesý. [[first:Aısulý]] nómiri [[phone:+7 747 118 30 62]]",
            ),
        ],
    ),
    (
        "kk",
        "Ош",
        [],
        [
            (1, [], "өзбек-қырғыз аралас топ, 13 жігіт, {{Ташкент}}тен келген біреу бар. бір жігіт аударды"),
            (3, ["quote"], "[[first:Азизбек]]: 'уйда хотин гапиради, эркак ишлайди'. басқалар қолдады"),
            (
                6,
                ["insight"],
                "[[first:Dilshod]] - онасини отаси уради, 'har kuni'. [[first:Dilshodga|Dilshod]] 112 айттым - жоқ, мұнда 112 емес {{102}}",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Dilshod]] тел. [[phone:+996 555 760 431]], тг [[link:t.me/dilshod_osh_02]]",
            ),
        ],
    ),
    # ---------------- chunk 3 ----------------
    (
        "en",
        "Kulob",
        [],
        [
            (1, [], "12 young men, youth house. one guy translated tajik"),
            (
                3,
                ["quote", "resistance"],
                "[[first:umed]]: 'in our culture a woman who argues is shame for the man'. others agreed loudly",
            ),
            (
                5,
                ["insight"],
                "[[first:Farhod]] said his father [[name:Rustam Nazarov|Nazarov]] beats mom 'when money is short'. He wants to move her to {{Dushanbe}}",
            ),
            (7, [], "energy low after lunch. did the {{rose}} and thorn round - worked"),
            (
                10,
                ["referral", "follow-up"],
                "[[first:farhod]] phone [[phone:+992 918 45 27 03]]. also passport copy left on table by mistake - [[passport:400012873]] - gave it back",
            ),
        ],
    ),
    (
        "en",
        "Ust-Kamenogorsk",
        [],
        [
            (1, [], "college, 19 guys, mostly 16-18. teacher [[name:Olga Vasilyevna|Vasilyevna]] stayed"),
            (
                3,
                ["quote"],
                "[[nick:Vanya]] said he {{will}} never marry a girl who earns more. changed it later to 'maybe'",
            ),
            (
                5,
                ["resistance"],
                "jokes about 'kitchen' and {{Kairat Nurtas}} songs - laughed, I let it go then came back to it",
            ),
            (
                8,
                ["insight"],
                "[[first:Maksim]] stayed after. friend [[name:Egor Shults|Shults]] got beaten by older guys near [[address:ul. Kabanbay batyra 112]], nobody reported",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Max]] ok to be called [[phone:+7 (7232) 41-09-86]], dont write on whatsapp - mom reads it",
            ),
        ],
    ),
    (
        "en",
        "Bukhara",
        ["Sanjar Khodjaev"],
        [
            (0, [], "15 guys, youth union hall. someone brought tea for everyone"),
            (
                2,
                ["quote"],
                "[[first:sanjar]]: 'my father never held me, I will hold my son'. Everyone quiet. {{grace}} moment",
            ),
            (
                4,
                ["resistance"],
                "[[first:Ulugbek]] - 'gender equality destroys the family'. heard this from imam he said",
            ),
            (
                6,
                ["insight"],
                "[[first:ulug'bek]] later admitted his sister [[first:Madina]] wants to study in {{Tashkent}} but dad says no",
            ),
            (
                9,
                ["follow-up"],
                "[[surname:Khodjaev]] wants to run a boys club. email [[email:sanjar.khodjaev@umail.uz]], tg [[handle:@sanjar_bkh]]",
            ),
        ],
    ),
    (
        "ru",
        "Алматы",
        [],
        [
            (1, [], "ТиПО колледж, 21 чел. много мигрантов из области"),
            (
                3,
                ["quote", "resistance"],
                "[[first:Данияр]]: 'это всё {{UN Women}} навязывает'. [[first:Тимур]] спорил",
            ),
            (
                5,
                ["insight"],
                "[[first:Тимура|Тимур]] двоюродную сестру похитили в ауле, [[desc:дочь единственного фельдшера в селе Акши]]. он злится на родню",
            ),
            (8, [], "про {{закон Салтанат}} знают почти все, кто-то назвал его 'законом против мужчин'"),
            (
                10,
                ["follow-up"],
                "[[first:Тимур]] оставил номер [[phone:8-747-302-18-64]], номер машины брата [[plate:512 BKA 02]] (зачем - просил проверить штраф, сказала не моё)",
            ),
        ],
    ),
    (
        "ru",
        "Джалал-Абад",
        ["Нурбек уулу Адилет"],
        [
            (0, [], "16 парней, молодежный центр. один помогал переводить"),
            (
                2,
                ["quote"],
                "[[first:Адилета|Адилет]] друг [[first:Болот]]: 'если жена ушла - мужик виноват? нет, она'",
            ),
            (4, ["resistance"], "'ну это для {{Бишкека}}, у нас другое'. [[first:болот]] и еще 3"),
            (
                7,
                ["insight"],
                "[[name:Нурбек уулу Адилет|Нурбек]] рассказал про мать: отец забрал паспорт, не пускает к родне. паспорт её [[passport:ID1847293]]",
            ),
            (
                10,
                ["follow-up", "referral"],
                "дала {{112}}. [[first:Адилет]] [[phone:+996 (770) 24-81-59]], мать живёт [[address:с. Сузак, ул. Токтогула 19]]",
            ),
        ],
    ),
    (
        "ru",
        "Уральск",
        [],
        [
            (2, ["quote"], "кто-то: '{{надежда}} только на себя, жене не доверяю'. обсудили доверие"),
            (4, ["resistance"], "шутки про женщин за рулём, минут 10"),
            (7, ["insight"], "[[first:Арсен]] сказал что отец запрещает маме работать, она плачет"),
            (9, [], "{{Любовь}} - тема следующего раза, сами попросили"),
        ],
    ),
    (
        "kk",
        "Сарыағаш",
        ["Ерлан Сапаров", "Айгерім"],
        [
            (0, [], "14 жігіт. әріптесім тіркеді, бірі кеш келді"),
            (
                2,
                ["quote"],
                "[[first:Ерланнан|Ерлан]] сұрадым: 'нағыз еркек' - 'ұялмайтын, жыламайтын'. {{Шымкент}}тегі әкелер тобы туралы айттым",
            ),
            (
                5,
                ["insight"],
                "[[first:Ерланның|Ерлан]] әкесі [[name:Сапаров Берік|Сапаров]] анасын ұрады, көршілер біледі. [[nick:Ерлаш]] деп шақырады достары",
            ),
            (7, ["resistance"], "біреуі: 'қызды алып қашу - {{бақыт}} әкеледі, ата-бабамыз солай'"),
            (
                10,
                ["follow-up"],
                "[[first:Айгеріммен|Айгерім]] бірге [[first:Ерланмен|Ерлан]] кездесу. [[first:Ерлан]] нөмірі [[phone:+7 701 845 92 30]]",
            ),
        ],
    ),
    (
        "kk",
        "Nókis",
        [],
        [
            (
                1,
                [],
                "qaraqalpaq + qazaq, 12 jigit. {{Ózbekstan}} zańy týraly az biledi. [[first:Aziz]] aýdardy",
            ),
            (3, ["quote"], "[[first:Azizdiń|Aziz]] dosy [[first:Quwanysh]]: 'hayal úıde otyrıwı kerek'"),
            (
                6,
                ["insight"],
                "[[first:Quwanyshtyń|Quwanysh]] apasy kúıeýinen qashty, {{102}} nómirin aıttym, [[address:Nókis, 7-mkr, 14-úı]] turady, kómek kerek",
            ),
            (9, ["follow-up"], "[[first:Quwanysh]] nómiri [[phone:+998 (91) 378 50 12]]"),
        ],
    ),
    (
        "kk",
        "Балқаш",
        [],
        [
            (1, [], "мектеп, 17 жігіт, 9-11 сынып"),
            (
                3,
                ["quote", "resistance"],
                "'еркек - отбасының {{сұлтаны}}'. күлді. біреуі 'әйел - үйдің {{нұры}}' деді",
            ),
            (5, ["insight"], "[[first:Мейіржан]] досы туралы: ағасы ұрып жүр, мектепке көгерген келеді"),
            (
                8,
                ["follow-up"],
                "[[first:Мейіржанға|Мейіржан]] {{150}} нөмірін бердім, өзі [[phone:8 708 274 61 93]]",
            ),
            (10, [], "мектеп директоры [[name:Жұмабаева Гүлшат Серікқызы|Жұмабаева]] қолдады"),
        ],
    ),
    (
        "kk",
        "Хорог",
        [],
        [
            (1, [], "помирӣ + тоҷик, 10 ҷавон, {{Душанбе}}дан тренер. як ҷавон тарҷума кард"),
            (
                3,
                ["quote"],
                "[[first:Парвиз]]: 'мард бояд қавӣ бошад, гиря накунад'. бәрі келісті. {{Тәжікстан}} заңы туралы сұрады",
            ),
            (6, ["insight"], "[[first:Парвиздің|Парвиз]] апасы, күйеуі [[first:Далер]] телефонын тексереді"),
            (
                9,
                ["follow-up"],
                "[[first:Парвиз]] тел [[phone:93 512 4780]], имейл [[email:parviz.kh@mail.tj]]",
            ),
        ],
    ),
    # ---------------- chunk 4 ----------------
    (
        "en",
        "Zhezkazgan",
        [],
        [
            (1, [], "13 guys, mining college. workers' sons mostly, tired after practice"),
            (
                3,
                ["quote", "resistance"],
                "'women in {{Kazakhstan}} have more rights than men, alimony etc'. half the room agreed",
            ),
            (
                6,
                ["insight"],
                "one guy ([[desc:the mine foreman's son from Kengir who plays in the only local band]]) said his dad locks mom's phone in the car - plate [[plate:347 AKZ 09]], he says everyone knows that car",
            ),
            (
                8,
                ["follow-up"],
                "he wrote his details himself: [[first:Alibek]], born [[dob:14.03.2006]], tel [[phone:8 700 519 83 26]]. told him not needed but ok",
            ),
            (10, [], "next time: {{may}} be fathers topic, they asked"),
        ],
    ),
    (
        "en",
        "Tokmok",
        ["Azamat Ismailov"],
        [
            (0, [], "12 guys. [[first:azamat]] organized the room via the local akimat - ayil okmotu"),
            (
                3,
                ["quote"],
                "'if a man cooks the neighbours will laugh' - everybody. we listed who cooks at home: 4 of 12 dads. {{hope}} that changes",
            ),
            (
                5,
                ["insight"],
                "[[name:Azamat Ismailov|Ismailov]] told about his friend's sister taken last year, parents took money. he gave her insta [[link:instagram.com/nazik_tokmok]] so crisis center in {{Bishkek}} can reach",
            ),
            (
                9,
                ["referral", "follow-up"],
                "[[first:azamat]] pin on the volunteer form [[passport:21504199800217]] (kyrgyz PIN), mail [[email:azamat.ism98@gmail.com]], tel [[phone:+996 (555) 63-40-19]]",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        [],
        [
            (1, [], "16 boys, school 21. ok energy. {{Dimash}} song as warm up lol their choice"),
            (
                4,
                ["resistance"],
                "'a wife should ask permission to visit her mother'. compared with {{Uzbekistan}} family code. [[first:Ikrom]] - 'of course, she belongs to our family now'",
            ),
            (
                6,
                ["insight"],
                "[[first:ikromjon]] later said his sister's husband hits her, she lives at [[address:Namangan, Davlatobod mahallasi, Navoiy ko'chasi 34]]",
            ),
            (
                9,
                ["follow-up", "referral"],
                "sister's number he gave: [[phone:(94) 1637205]], his own [[phone:+998 99 804 26 11]]. passport photo on his phone shown by accident [[passport:AA 4827105]]",
            ),
        ],
    ),
    (
        "ru",
        "Тараз",
        [],
        [
            (1, [], "19 парней, колледж. вначале шутили про 'женский кружок'"),
            (3, ["resistance"], "[[first:Ержан]]: 'права женщин - это {{Амнести}} и запад'. спорили долго"),
            (
                6,
                ["insight"],
                "[[first:Ержана|Ержан]] друг в переписке угрожал бывшей девушке, он показал скрин, её ник [[handle:@madi_na_taraz]]",
            ),
            (
                9,
                ["follow-up", "referral"],
                "дала {{150}} и {{102}}. контакты: [[phone:8 (7262) 43-18-70]] (дома), мобильный [[phone:+7 771 280 64 35]]",
            ),
            (10, [], "в форме записал ИИН [[iin:050718500214]], зря конечно, удалила из листа"),
        ],
    ),
    (
        "ru",
        "Худжанд",
        ["Сомон Раҳимов"],
        [
            (0, [], "14 ребят, таджикский и русский. [[first:Сомон]] помогал"),
            (
                3,
                ["quote"],
                "[[nick:Сомончик]] (так его зовут друзья): 'мард - сутуни хона'. все согласны. показали видео {{UN Women}}",
            ),
            (
                6,
                ["insight"],
                "[[surname:Раҳимов]] рассказал про двоюродного брата: отобрал паспорт у жены [[passport:Б 0284713]], не пускает к врачу. говорили про {{Душанбе}} кризисный центр",
            ),
            (
                9,
                ["follow-up"],
                "тел [[phone:+992 (92) 705-33-18]], живёт [[address:микрорайон 18, дом 7, кв 52]]",
            ),
        ],
    ),
    (
        "ru",
        "Семей",
        [],
        [
            (1, [], "20 чел, ДК железнодорожников. шумно. вспомнили {{Абай}}"),
            (3, ["quote", "resistance"], "'нам что, теперь {{Мир}} спасать? пусть женщины сами'. смех"),
            (
                5,
                ["insight"],
                "[[name:Рустем Абилов|Абилов]] сказал что его мама работает в [[desc:единственной аптеке в поселке Шульбинск]] и отец запрещает ей ездить на учебу",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Рустем]]: тг [[link:t.me/rustem_semey]], номер [[phone:+7 (705) 114 97 62]], машина отца [[plate:880 ABH 16]] - сказал сам, не просила",
            ),
        ],
    ),
    (
        "kk",
        "Ақсу",
        [],
        [
            (1, [], "11 жігіт, колледж. бірінші рет, тартыншақ"),
            (3, ["quote"], "'ер адам - үйдің тірегі, әйел - {{бақыты}}'. бір жігіт тек күлді"),
            (
                6,
                ["insight"],
                "[[desc:ауылдағы жалғыз мешіттің имамының баласы]] айтты: әпкесін күйеуі ұрады, туған күні [[dob:2001 ж. 9 қазан]], көмек сұрады",
            ),
            (
                9,
                ["follow-up", "referral"],
                "{{150}} бердім. оның нөмірі [[phone:8 747 605 38 14]], әпкесі [[address:Ақсу ауылы, Абылай хан к-сі 23]]",
            ),
        ],
    ),
    (
        "kk",
        "Ósken",
        ["Nurlan Tólegenov"],
        [
            (0, [], "15 jigit, mektep zaly. [[first:Nurlan]] aǵa bastady"),
            (
                3,
                ["quote", "resistance"],
                "'feminızm - batystyń ıdeıasy, bizge kerek emes'. {{150}} nómirin eshkim bilmeıdi. kóbi kelisti",
            ),
            (
                5,
                ["insight"],
                "[[name:Nurlan Tólegenov|Tólegenov]] keıin: inisi [[first:Maqsat]] qyzdy alyp qashpaqshy. [[first:Maqsattyń|Maqsat]] nómiri [[phone:+7 702 447 15 90]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Nurlan]] ózi [[phone:8 (702) 338-61-27]], pochta [[email:nurlan.tolegen@mail.kz]]. {{Saltanat zańy}} týraly materıal jiberem",
            ),
        ],
    ),
    (
        "kk",
        "Жалал-Абад",
        [],
        [
            (1, [], "қырғыз тобы, 14 жигит. {{Бишкек}} тен келген тренер бірге болды"),
            (3, ["quote"], "'аял киши, эркек чоң' - бір жігіт. ешкім қарсы болмады. {{102}} туралы айттым"),
            (
                6,
                ["insight"],
                "[[first:Нурсултан]] (кырг.) айтты: атасы апасын сабайт, паспорт ID [[passport:ID2904718]] оныкі, паспортун алып койгон",
            ),
            (9, ["follow-up"], "тел [[phone:0 (559) 42 71 08]], инстасы [[handle:@nursultan.ja]]"),
        ],
    ),
    (
        "kk",
        "Жетісай",
        [],
        [
            (1, [], "16 жігіт, мектеп. {{Әлия Молдағұлова}} туралы сөйлестік - батырлық"),
            (
                3,
                ["resistance"],
                "'қыз бала оқымаса да болады'. {{Мәншүк Мәметова}} мысалын келтірдім. біреу күлді, біреу ашуланды",
            ),
            (
                6,
                ["insight"],
                "[[first:Жасұланның|Жасұлан]] ағасы оны ұрады. [[name:Қуанышбек Әділов|Қуанышбек]] есімі, [[desc:Жетісайдағы жалғыз такси парктің иесі]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Жасұлан]] ИИН форма толтырғанда жазды [[iin:080312501376]], нөмірі [[phone:8 725 314 20 85]]",
            ),
        ],
    ),
]
