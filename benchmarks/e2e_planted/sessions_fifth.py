# INVENTED test data: every person, phone, e-mail, handle, address, document number, plate and date below
# is made up for the end-to-end anonymizer check; any likeness to real private persons is accidental.
# Markup: [[kind:text]] or [[kind:text|stem1,stem2]] = planted identifier; {{text}} = must stay.
# Each session: (language, town, roster, [(step, tags, note), ...])

SESSIONS = [
    # ---------------------------------------------------------------- kk (14)
    (
        "kk",
        "Shieli",
        [],
        [
            (
                0,
                [],
                "bastadyq 14 jigit keldi, zal suyq edi. [[name:Qaırat Sársenbaev|Qaırat,Sársenbaev]] kesh keldi, telefonmen sóılesip turdy",
            ),
            (
                2,
                ["quote"],
                "[[first:Qaırattyń|Qaırat]] sózi: «er adam úıde sheshim qabyldaıdy, boldy». kópshilik kúldi. [[nick:Dáke]] qarsy shyqty",
            ),
            (
                4,
                ["resistance"],
                "feminizm batystyń ıdeıasy dep [[first:Jandos]] aıtty, {{UN Women}} týraly aıtqanda «granttar úshin» dedi",
            ),
            (
                6,
                ["follow-up"],
                "úzilisten keıin [[first:Jandosqa|Jandos]] jaqyndadym, ákesi anasyn uryp júr eken, kórshiler biledi. {{150}} nómirin berdim",
            ),
            (
                8,
                ["follow-up"],
                "nómirin berdi [[phone:8 705 418 22 91]], beısenbide habarlasam. insta [[handle:@jandos_shieli07]]",
            ),
            (
                11,
                ["insight"],
                "sońynda ol ózi aıtty: «men ákemdeı bolǵym kelmeıdi». {{Abai}} sózin eske aldyq, jaqsy aıaqtaldy",
            ),
        ],
    ),
    (
        "kk",
        "Жаңақорған",
        ["Ерлан Сапаров"],
        [
            (
                0,
                [],
                "16 бала келді, [[name:Ерлан Сапаров|Ерлан,Сапаров]] колледжден топ әкелді. зал кішкентай, орындық жетпеді",
            ),
            (
                1,
                ["quote"],
                "«еркек жыламайды» деген сөз шықты. [[first:Ерланның|Ерлан]] інісі [[first:Бауыржан]] «әкем ешқашан жылаған жоқ» деді",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Бауке]] тағы әзілдеді: әйелдерге бәрі берілген, енді не керек. {{закон Салтанат}} туралы естімеген екен",
            ),
            (
                5,
                ["follow-up"],
                "бір жігіт кейін жеке айтты – [[desc:ауылдағы жалғыз малдәрігердің баласы]], әпкесін ағасы ұрады. атын айтпады, тек тел [[phone:+7 747 302 15 68]]",
            ),
            (
                9,
                ["insight"],
                "соңында «менің {{арманым}} – балаларыма жақсы әке болу» деп [[first:Бауыржан]] жазды стикерге",
            ),
        ],
    ),
    (
        "kk",
        "Арал",
        [],
        [
            (
                0,
                [],
                "Сессия 18:30 басталды, 11 адам. Мектеп директоры [[name:Жұмабаев Серік Әбілұлы|Жұмабаев,Серік,Әбілұлы]] залды ашып берді.",
            ),
            (
                2,
                [],
                "Әкелер мен қамқорлық тақырыбы. [[first:Серік]] ағай да біраз отырды, кейін кетті. {{Әлия Молдағұлова}} туралы мысал келтірдім – батырлық тек еркекке тән емес.",
            ),
            (
                4,
                ["quote"],
                "[[first:Досжан]]: «әкем теңізге кетеді, үйде болмайды, анам бәрін істейді». Біреуі «отбасындағы {{бақыт}} ақшада» деді, дау болды.",
            ),
            (
                7,
                ["resistance"],
                "[[first:Досжанның|Досжан]] досы [[first:Әлібек]] «бұл батыстың идеясы» деп ашуланды, 5 минут дауласты.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Әлібекке|Әлібек]] кейін хабарласу керек, нөмірі [[phone:8 (72433) 2-14-57]] (үй телефоны).",
            ),
        ],
    ),
    (
        "kk",
        "Kentaý",
        [],
        [
            (0, [], "kentaý kolledj, 20 jigit. zal tolyq, {{Kairat Nurtas}} ánin qosyp kúttik"),
            (
                3,
                ["quote", "resistance"],
                "[[nick:asik]] aıtty «qyzdar ózderi kinaly, kıimderi qysqa». kúldi bári. [[first:nurlan]] aǵa toqtatty",
            ),
            (
                5,
                ["follow-up"],
                "[[nick:asikke|asik]] úzilis kezinde sóılestim. ol [[first:Aısulýdyń|Aısulý]] inisi eken, [[first:Aısulýdy|Aısulý]] 2022 de alyp qashqan",
            ),
            (
                6,
                ["referral"],
                "{{150}} jáne kırızıstik ortalyq týraly aıttym, ózi nomerin berdi [[phone:87771904436]]",
            ),
            (
                9,
                [],
                "[[first:nurlan]] aǵa kelesi joly jańa balalardy ákeledi, óz kóligimen [[plate:512 BKA 13]]",
            ),
        ],
    ),
    (
        "kk",
        "Сарқант",
        ["Мейрамбек", "Тимур Ли"],
        [
            (0, [], "Сарқант жастар орталығы, 13 қатысушы. жүргізуші ретінде [[first:Мейрамбек]] екеуміз"),
            (
                2,
                ["quote"],
                "[[first:Тимур]] ([[surname:Ли]], корей жігіт) сказал «у нас в семье папа решает, но мама деньги держит» все посмеялись",
            ),
            (
                4,
                ["insight"],
                "эмоциялар: көп жігіт ашуды ғана атады. [[first:Тимурға|Тимур]] ұнады, «первый раз про чувства говорим»",
            ),
            (
                7,
                ["resistance"],
                "екі жігіт {{дело Бишимбаева}} туралы «әйелі де кінәлі шығар» деді, [[first:Мейрамбек]] жақсы жауап берді, сабырмен",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Тимур]] волонтер болғысы келеді, күзде {{Алматы}} қаласына оқуға кетеді. почта [[email:timur.li2003@mail.ru]]",
            ),
        ],
    ),
    (
        "kk",
        "Шалқар",
        [],
        [
            (0, [], "шалқар мектеп залы 10 жігит суық болды"),
            (
                2,
                ["resistance"],
                "[[name:Ербол Тұрсынов|Ербол,Тұрсынов]] бәрін мазақ етті әйел адам басшы болмайды деді",
            ),
            (
                3,
                ["quote"],
                "[[nick:Ербо]] тағы «{{Amanat}} партиясында да әйелдер аз ғой» деп дауласты қызық аргумент",
            ),
            (
                5,
                ["follow-up"],
                "[[desc:Шалқардағы жалғыз дәріханашы әйелдің ұлы]] жеке айтты әкесі ішеді үйде төбелес жиі",
            ),
            (
                8,
                ["referral", "follow-up"],
                "{{112}} бердім, анасының нөмірін сұрап алдым [[phone:+7 71335 21904]]",
            ),
            (11, [], "[[surname:Тұрсыновқа|Тұрсынов]] рахмет айттым соңында өзгерді сияқты"),
        ],
    ),
    (
        "kk",
        "Túrkistan",
        [],
        [
            (
                0,
                [],
                "túrkistan, jastar ortalyǵy, 22 jigit. ózbek balalar da bar, aralas tilde ótti. bir-ekeýi {{Shymkent}} qalasynan",
            ),
            (
                1,
                ["quote"],
                "[[first:Shohruh]] dedi: «bizda erkak pul topadi, ayol uyda» — ko'pchilik qo'llab-quvvatladi",
            ),
            (
                4,
                ["resistance"],
                "[[first:Shohruhtyń|Shohruh]] dosy [[name:Azizbek Karimov|Azizbek,Karimov]] «feminizm bu g'arbniki» dedi",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Azizbek]] keıin aıtty, qaryndasyn úıden shyǵarmaıdy aǵasy [[first:Sardor]]. ol 24te, telefonyn tekseredi",
            ),
            (9, ["follow-up"], "onyń nomeri [[phone:+7 702 551 08 13]], tg [[handle:@aziz_krm]]"),
            (
                11,
                ["insight"],
                "sońynda {{Tomiris}} jaıly áńgime, bireýi «onda áıel patsha bolǵan ǵoı» dep tań qaldy",
            ),
        ],
    ),
    (
        "kk",
        "Жезқазған",
        [],
        [
            (0, [], "ЖезҚазған, колледж, 17 адам. 2 сағат"),
            (
                3,
                ["quote"],
                "[[first:Айдос]]: «әйелім жұмыс істесе маған ұят». жасы 26, үйленген, 2 баласы бар",
            ),
            (
                5,
                ["resistance"],
                "топтың жартысы «{{закон Салтанат}} отбасын бұзады» деді, [[first:Ғалым]] бастады",
            ),
            (
                7,
                ["insight"],
                "рөлдік ойыннан кейін оның пікірі сәл өзгерді, «отбасындағы {{бақыт}} – сыйластықта» деп өзі айтты",
            ),
            (10, ["follow-up"], "[[first:Айдос]] психологқа барғысы келеді, колледж арқылы хабарласамын"),
        ],
    ),
    (
        "kk",
        "Аягөз",
        ["Нұрлан Ахметов"],
        [
            (
                0,
                [],
                "аягөз жастар орт. 12 адам. [[name:Нұрлан Ахметов|Нұрлан,Ахметов]] ({{акимат}} өкілі) ашты",
            ),
            (2, ["quote"], "[[first:Нұрлан]] ағай: «бізде зорлық жоқ, бәрі жақсы» 🙂 ал балалар үнсіз"),
            (
                4,
                ["follow-up"],
                "бір бала ([[nick:Мұқа]]) айтты, досы [[first:Дәуренді|Дәурен]] ағасы ұрып, ауруханада жатты",
            ),
            (
                6,
                ["follow-up", "referral"],
                "[[nick:Мұқаның|Мұқа]] тел [[phone:8 708 117 40 52]]. {{102}} туралы айттым, қорқады",
            ),
            (9, [], "[[first:Дәурен]] өзі келмеді, ұялады. досы арқылы"),
        ],
    ),
    (
        "kk",
        "Saryaǵash",
        [],
        [
            (0, [], "saryaǵash, sport zal. 19 jigit + 2 muǵalim"),
            (
                2,
                ["quote"],
                "[[name:Beknur Ospanov|Beknur,Ospanov]]: «ákem aıtty er adam eshqashan keshirim suramaıdy»",
            ),
            (3, ["insight"], "oǵan tapsyrma berdim, plakatqa aǵylshynsha «{{hope}}» dep jazdy, ádemi"),
            (
                6,
                ["follow-up"],
                "[[first:Beknur]] keıin aıtty: ózin jaman sezedi, «ómirdiń máni joq» dep. [[desc:sport mektebindegi jalǵyz boks trenerinen]] qorqady",
            ),
            (
                7,
                ["follow-up", "referral"],
                "{{150}} jáne psıholog, [[first:Beknurdyń|Beknur]] anasy [[first:Gúlnár]] apaǵa habarlastym [[phone:+77015590237]]",
            ),
            (11, [], "[[surname:Ospanov]] erteń keledi deımin, kúzetý kerek"),
        ],
    ),
    (
        "kk",
        "Қордай",
        [],
        [
            (0, [], "қордай ауылы, мәдениет үйі, 15 жігіт, екеуі қырғыз"),
            (
                2,
                ["quote"],
                "[[name:Бакыт уулу Нурбек|Бакыт,Нурбек]] «эркек киши ыйлабайт» деп айтты, біраз күлді",
            ),
            (
                4,
                ["resistance"],
                "[[first:Нурбектин|Нурбек]] сөзінен кейін дау болды, [[first:Сәкен]] «{{Бишкек}} жақта да әйелдер бастық емес» деді",
            ),
            (7, [], "20 мин үзіліс, шай. {{Айтматов}} кітабынан ана туралы үзінді оқыдым"),
            (9, ["follow-up"], "[[nick:Сәке]] телефон берді [[phone:8 776 240 33 17]]"),
        ],
    ),
    (
        "kk",
        "Қандыағаш",
        ["Асылбек", "Данияр Серікұлы", "Мақсат"],
        [
            (0, [], "қандыағаш колледж, 21 адам, [[first:Асылбек]] кешікті автобус"),
            (1, [], "таныстыру, ережелер. [[name:Данияр Серікұлы|Данияр,Серікұлы]] староста боп көмектесті"),
            (
                3,
                ["quote", "resistance"],
                "[[first:Мақсат]]: «мужик должен быть мужиком, всё» – топтың жартысы қол шапалақтады",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Асылбектің|Асылбек]] айтуынша досын полиция ұрған, ол куә. {{Ақтөбе облысы}} бойынша шағым беру жолын сұрады",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Данияр]] келесі сабаққа 5 жігіт әкеледі. нөмірі [[phone:8-701-223-44-19]], почта [[email:daniyar.serikuly@gmail.com]], семинарға тізім үшін паспорт [[passport:N14728306]]",
            ),
            (
                11,
                ["insight"],
                "[[first:Мақсатқа|Мақсат]] соңғы жаттығу ұнады, «{{слава}} богу ұрыс болмады» деп күлді",
            ),
        ],
    ),
    (
        "kk",
        "Ұзынағаш",
        [],
        [
            (0, [], "ұзынағаш, 9 адам ғана, жаңбыр"),
            (3, ["quote"], "бір бала: «{{Dimash}} да ер адам, бірақ сахнада жылайды ғой» – жақсы сәт"),
            (6, ["resistance"], "үлкендеу жігіт [[first:Ринат]] «бізге бұл керек емес» деп шығып кетті"),
            (9, [], "қалғандары қалды. біреуі тақтаға орысша «{{мир}} в семье» деп жазды"),
            (11, ["follow-up"], "[[first:Ринатпен|Ринат]] кейін сөйлесу керек"),
        ],
    ),
    (
        "kk",
        "Zaısan",
        ["Ержан Қалиев"],
        [
            (
                0,
                [],
                "zaısan, mektep, 14 jigit. [[name:Erjan Qalıev|Erjan,Qalıev]] mektep psıhology bolyp kómektesti",
            ),
            (
                2,
                ["quote"],
                "[[first:Temirlan]]: «qyz alyp qashý – salt qoı». [[first:Erjan]] aǵaı túsindirdi bul qylmys ekenin",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Temirlannyń|Temirlan]] ápkesi [[first:Aıgerim]] ([[dob:03.03.2006]] t.) 17 jasynda alyp qashqan, [[name:Bolat Nurjanov|Bolat,Nurjanov]] degen adam",
            ),
            (7, ["referral"], "{{150}} jáne {{UNFPA}} jobasy týraly aıttym"),
            (
                10,
                ["follow-up"],
                "[[first:Aıgerimmen|Aıgerim]] sóılesý kerek, inisi arqyly. instagram [[link:instagram.com/aigerim.zaisan]]",
            ),
        ],
    ),
    # ---------------------------------------------------------------- en (13)
    (
        "en",
        "Karakol",
        [],
        [
            (0, [], "karakol youth centre, 17 guys, 2 left early"),
            (
                2,
                ["quote"],
                "[[name:Azamat Toktogulov|Azamat,Toktogulov]] said 'a real man never asks his wife' - others nodded",
            ),
            (
                4,
                ["resistance"],
                "[[first:Azamat]] + his friend [[nick:Beka]] kept joking that feminism is a western thing, tried to derail",
            ),
            (
                5,
                ["follow-up"],
                "during break [[nick:Beka]] told me his cousin [[first:Aizada]] was kidnapped for marriage last year (ala kachuu), she is 19 now, lives at [[address:Lenin st 112, Ak-Suu village]]",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:Beka]] number [[phone:0700 482 915]] whatsapp. wants info for his cousin",
            ),
            (
                11,
                ["insight"],
                "{{Chingiz Aitmatov}} quote about mothers worked well. [[first:Azamat]] quiet at the end, only said 'I {{will}} think about it'",
            ),
        ],
    ),
    (
        "en",
        "Khujand",
        ["Farrukh"],
        [
            (
                0,
                [],
                "khujand college hall, 20 participants, tajik + uzbek boys. [[first:Farrukh]] co-facilitated",
            ),
            (
                3,
                ["quote"],
                "[[name:Rustam Saidov|Rustam,Saidov]]: «мард бояд сарвари оила бошад» (man must be head of family)",
            ),
            (5, ["resistance"], "he and 3 others: 'women in {{Dushanbe}} already have all rights'"),
            (
                6,
                ["follow-up"],
                "[[first:Jamshed]] (the quiet one) said his father hits his mother when drunk. older brother [[first:Umed]] works in Russia, cant help",
            ),
            (
                9,
                ["referral", "follow-up"],
                "gave him local crisis centre info, [[first:Jamshed's|Jamshed]] phone [[phone:+992 93 517 2846]]",
            ),
            (11, [], "he will send photos of flipcharts. {{Rudaki}} poem at the end, the guys liked it"),
        ],
    ),
    (
        "en",
        "Nukus",
        [],
        [
            (0, [], "nukus, 12 ppl, karakalpak + uzbek"),
            (2, ["quote"], "someone: 'wife must ask permission to work'. didnt catch name"),
            (4, ["insight"], "[[first:Daulet]] disagreed, his mom is a teacher and earns more than dad"),
            (
                7,
                ["follow-up"],
                "[[first:Dauletning|Daulet]] friend [[name:Sanjar Ibragimov|Sanjar,Ibragimov]] - beaten by older brother, broken arm in april",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Sanjar]] no phone, reach via [[first:Daulet]] [[phone:+998 91 374 20 68]]. passport for the {{Tashkent}} training list: [[passport:KA 2318457]]. they {{may}} both come",
            ),
        ],
    ),
    (
        "en",
        "Ridder",
        ["Dmitry", "Alikhan"],
        [
            (0, [], "ridder, college #2, 15 guys, mostly russian speaking"),
            (1, [], "[[first:Dmitry]] helped with registration, [[first:Alikhan]] late"),
            (
                3,
                ["quote", "resistance"],
                "[[nick:Dima]] joking all the time: 'men are the real victims'. laughter",
            ),
            (
                5,
                ["insight"],
                "[[first:Alikhan]] brought up {{Saltanat's law}}, said his aunt works in police and they get more calls now",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Dmitry's|Dmitry]] girlfriend [[first:Katya]] - her ex follows her around town, his car [[plate:347 AXM 16]]. told him about {{102}}",
            ),
            (10, ["follow-up"], "his email [[email:d.kuzmin04@mail.ru]]"),
        ],
    ),
    (
        "en",
        "Kulob",
        [],
        [
            (0, [], "kulob, school 14, 18 boy, hot. {{UN Women}} booklets given"),
            (2, ["quote"], "[[first:Firuz]] say 'if wife is working, man is weak'. many agree"),
            (
                4,
                ["resistance"],
                "[[name:Shodmon Nazarov|Shodmon,Nazarov]] very angry, say we are spreading western ideas, left room",
            ),
            (
                6,
                [],
                "after [[first:Shodmon]] leave group more open. emotions wheel - {{joy}} and anger most chosen",
            ),
            (
                8,
                ["follow-up"],
                "[[desc:son of the only mullah in Dahana village]] tell me his sister is not allowed to finish school",
            ),
            (
                11,
                ["follow-up"],
                "[[first:Firuz]] want to join volunteers. telegram [[link:t.me/firuz_kulob]] phone [[phone:918 24 63 71]]",
            ),
        ],
    ),
    (
        "en",
        "Uzgen",
        [],
        [
            (0, [], "uzgen, 22 young men, uzbek & kyrgyz mix, translator [[first:Bakhtiyor]]"),
            (
                3,
                ["quote"],
                "[[first:Ulugbek]]: 'ayol kishi uyda bo'lishi kerak' ... [[first:Bakhtiyor]] translated 'woman should stay home'",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Ulugbekning|Ulugbek]] older brother [[name:Otabek Yusupov|Otabek,Yusupov]] checks sister's phone, took her passport. he is scared",
            ),
            (7, ["insight"], "{{Alisher Navoi}} lines about women's wisdom - good discussion"),
            (
                10,
                ["follow-up"],
                "[[first:Ulugbek]] contact [[phone:+996 772 18 93 40]] and [[handle:@ulugbek_uz05]]. crisis centre hotline is in {{Bishkek}}, need local one",
            ),
        ],
    ),
    (
        "en",
        "Urgut",
        [],
        [
            (0, [], "urgut, mahalla center, 11 guys, short session 1.5h"),
            (2, ["quote"], "'a man who cooks is not a man' - general laughter"),
            (
                5,
                ["resistance"],
                "mahalla rep interrupted twice, said topic is not for our culture. explained the 2023 law on protection of women in {{Uzbekistan}}",
            ),
            (8, ["insight"], "one guy said his dad cooks plov every friday, others went quiet. nice moment"),
            (11, ["follow-up"], "two guys asked for materials in uzbek. idea: {{summer}} football + talk"),
        ],
    ),
    (
        "en",
        "Naryn",
        ["Aibek Osmonov", "Nurzhan"],
        [
            (0, [], "naryn, 14 participants, cold hall again"),
            (1, [], "[[name:Aibek Osmonov|Aibek,Osmonov]] opened, introduced rules"),
            (
                3,
                ["quote"],
                "[[nick:Aibek-bro|Aibek]] (they call him that) said 'my mom is the strongest person i know'",
            ),
            (
                4,
                ["resistance"],
                "[[first:Nurzhan]] argued men suffer more, army, work abroad etc. fair points partly",
            ),
            (
                7,
                ["follow-up"],
                "he later: neighbour [[first:Kanybek]] beats his wife, whole village knows, nobody calls",
            ),
            (
                9,
                ["referral"],
                "explained {{112}} and {{102}} work in KG too, [[first:Kanybek's|Kanybek]] wife can go to crisis centre",
            ),
            (
                11,
                ["follow-up"],
                "[[first:Nurzhan]]: [[phone:0555 90 41 27]], [[email:nurzhan.naryn@gmail.com]]",
            ),
        ],
    ),
    (
        "en",
        "Bokhtar",
        [],
        [
            (0, [], "Bokhtar, youth centre. 19 participants aged 16-27."),
            (
                2,
                ["quote"],
                "[[name:Mehrubon Sharipov|Mehrubon,Sharipov]] said: 'My father never asked my mother anything, and they are happy.'",
            ),
            (
                4,
                ["insight"],
                "Interesting shift when [[first:Mehrubon]]'s younger cousin [[first:Parviz]] said he helps his mother with laundry and isn't ashamed.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Parviz]] stayed after. Thinking about hurting himself, says nobody listens at home. Took it seriously.",
            ),
            (
                7,
                ["referral", "follow-up"],
                "Gave him the helpline and my number. His: [[phone:+992 92 770 1845]]. DOB [[dob:11/02/2007]] - he is 17, need to involve a parent. Psychologist from {{Dushanbe}} visits monthly.",
            ),
            (10, [], "Closing circle, one word each: '{{hope}}', 'respect', 'family'."),
        ],
    ),
    (
        "en",
        "Rishton",
        [],
        [
            (0, [], "rishton, 16 young men, pottery college hall. {{Fergana valley}} heat, fans broken"),
            (2, ["quote"], "[[first:Akmal]]: 'kelin should serve the husband's family, that's tradition'"),
            (
                4,
                ["resistance"],
                "[[first:Akmalning|Akmal]] friend [[first:Sherzod]] aka filmed us on phone, I asked to stop",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Sherzod]] later said his sister's husband takes her salary. sister [[name:Dilnoza Tursunova|Dilnoza,Tursunova]], works at [[desc:the only pharmacy in Rishton bazaar]]",
            ),
            (
                9,
                ["follow-up"],
                "his number [[phone:(90) 5381276]], pinfl for the certificate list [[iin:50312045670021]]",
            ),
            (11, [], "next time: money and decisions. bring {{UNFPA}} cards"),
        ],
    ),
    (
        "en",
        "Talas",
        ["Emil"],
        [
            (0, [], "talas, 13 guys. [[first:Emil]] co-facilitating first time, nervous but good"),
            (3, ["quote"], "[[first:Adilet]]: 'if she goes to the police it shames the whole family'"),
            (
                5,
                ["resistance"],
                "he and [[first:Kubanych]] laughed at the consent exercise, called it 'kids game'",
            ),
            (
                8,
                ["insight"],
                "[[first:Kubanych]] surprised that {{Kyrgyzstan}} has a law against bride kidnapping, up to 10 years. used {{Manas}} epic story about respect",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Emil]] has [[first:Adilet's|Adilet]] insta [[link:instagram.com/adilet_talas]]",
            ),
        ],
    ),
    (
        "en",
        "Esik",
        [],
        [
            (0, [], "esik, 24 guys! biggest group so far"),
            (
                2,
                ["quote"],
                "[[name:Arman Zhaksylykov|Arman,Zhaksylykov]]: 'women want equality only when its convenient'",
            ),
            (4, ["resistance"], "[[first:Arman]] and [[first:Yerkebulan]] walked out for 10 min, came back"),
            (
                6,
                ["follow-up"],
                "[[first:Yerkebulan]] in private: his uncle [[name:Serik Abenov|Serik,Abenov]] hits his wife, they live at [[address:mkr Algabas 7, house 23]]",
            ),
            (
                8,
                ["referral"],
                "told him about {{150}} and {{Saltanat's law}}, he didnt know neighbours can report now",
            ),
            (
                11,
                ["follow-up"],
                "his phone [[phone:+7 778 603 11 92]], IIN (for certificate) [[iin:040617550843]]",
            ),
        ],
    ),
    (
        "en",
        "Isfara",
        [],
        [
            (0, [], "isfara, 10 boys, many work in {{Russia}} in season so small group"),
            (3, ["quote"], "'in {{Russia}} I saw men cooking, here no' - good start"),
            (
                5,
                ["insight"],
                "talked about money sent home, who decides. [[first:Sukhrob]] said mom decides everything actually",
            ),
            (8, [], "role play on consent, awkward but ok. {{sunny}} so we did the closing outside"),
            (10, ["follow-up"], "[[first:Sukhrob]] wants more. no phone, via school"),
        ],
    ),
    # ---------------------------------------------------------------- ru (13)
    (
        "ru",
        "Темиртау",
        ["Дмитрий Ковалёв", "Ержан"],
        [
            (0, [], "темиртау, колледж, 18 чел., [[name:Дмитрий Ковалёв|Дмитрий,Ковалёв]] помогал"),
            (2, ["quote"], "[[first:Ержан]]: «мужик должен приносить деньги, остальное бабское»"),
            (
                3,
                ["resistance"],
                "[[first:Ержана|Ержан]] поддержали человек 5, [[nick:Диме]] пришлось вмешаться",
            ),
            (
                6,
                ["follow-up"],
                "после перерыва он сказал что отчим бьёт мать, живут [[address:ул. Мичурина 14, кв. 37]]",
            ),
            (8, ["referral"], "дал {{150}} и {{102}}, рассказал про {{закон Салтанат}}"),
            (11, ["follow-up"], "созвониться с [[first:Ержаном|Ержан]] в пн [[phone:8 700 915 40 27]]"),
        ],
    ),
    (
        "ru",
        "Кант",
        [],
        [
            (0, [], "кант, дом культуры, 15 парней"),
            (
                2,
                ["quote"],
                "[[name:Мирлан Жээнбеков|Мирлан,Жээнбеков]]: «кыз ала качуу – бул салт» (похищение – традиция), некоторые согласны",
            ),
            (
                4,
                ["resistance"],
                "[[first:Мирлан]] спорил до конца, сказал что его родители так поженились и счастливы",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Эрмек]] рассказал, что его сестру [[first:Нургуль]] украли в 17, сейчас 20, муж не пускает к родным",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Эрмек]] даст номер сестры, его номер [[phone:0555 61-28-94]], ПИН для сертификата [[iin:22304200350147]]",
            ),
            (11, ["insight"], "{{Айтматов}}, «{{Джамиля}}» обсудили – зашло"),
        ],
    ),
    (
        "ru",
        "Рудный",
        [],
        [
            (0, [], "рудный, 20 чел, много из лицея"),
            (1, [], "знакомство, правила. опоздали трое"),
            (
                3,
                ["quote"],
                "[[nick:Саня]] ([[first:Александр]], фамилию не знаю) – «феминизм это когда мужиков ненавидят»",
            ),
            (
                5,
                ["insight"],
                "[[first:Олег]] не согласился: мама одна тянула троих, «вот она настоящий мужик» – смех, но по-доброму",
            ),
            (
                8,
                ["follow-up"],
                "он же потом: друг [[first:Кирилл]] после драки с отцом ночует у него уже неделю. кризисный центр г. {{Костанай}} – узнать",
            ),
            (
                10,
                ["follow-up"],
                "тг [[handle:@oleg_rdn]], номер [[phone:+7 705 340 72 18]]. в круге слова: «{{надежда}}», «семья», «уважение»",
            ),
        ],
    ),
    (
        "ru",
        "Асака",
        ["Бехзод"],
        [
            (0, [], "асака, 17 йигит, [[first:Бехзод]] переводил на узбекский"),
            (
                2,
                ["quote"],
                "[[name:Жавлон Эргашев|Жавлон,Эргашев]]: «хотин эркакка итоат қилиши керак» – жена должна слушаться",
            ),
            (
                4,
                ["resistance"],
                "[[first:Жавлонга|Жавлон]] другие хлопали. сказали «это {{Европа}} придумала»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бехзоду|Бехзод]] потом один парень сказал, что брат [[first:Дилшод]] забирает у сестры зарплату и телефон",
            ),
            (
                9,
                ["follow-up"],
                "для списка на выездной тренинг: [[first:Жавлон]], паспорт [[passport:AA 3817462]], д.р. [[dob:14.09.2002]]",
            ),
            (11, [], "{{Ташкент}} пришлёт брошюры, раздать в махалле"),
        ],
    ),
    (
        "ru",
        "Экибастуз",
        [],
        [
            (
                0,
                [],
                "Экибастуз, ЦДТ, 16 уч-ков. Присутствовал зам. директора [[name:Белоусов А.В.|Белоусов]]",
            ),
            (
                3,
                ["quote"],
                "Уч-к [[first:Руслан]] (19 л.): «если жена зарабатывает больше – это позор». Тема «{{любовь}} и контроль» пошла тяжело.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Руслан]] и [[first:Максим]] высмеивали упражнение, [[surname:Белоусов]] сделал замечание.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Максим]] наедине: отец выгнал из дома, живёт у бабушки по адресу [[address:ул. Машхур Жусупа 33, кв 8]]",
            ),
            (
                10,
                ["follow-up", "referral"],
                "ему дать контакты соцработника (г. {{Павлодар}}). Его тел.: [[phone:8 (708) 412-36-90]]",
            ),
        ],
    ),
    (
        "ru",
        "Токмок",
        [],
        [
            (0, [], "токмок, 12 чел, двое уехали в {{Бишкек}} на работу"),
            (
                2,
                ["quote"],
                "«мужчины не плачут» – классика. [[first:Айбек]] сказал что плакал на похоронах деда и не стыдно",
            ),
            (5, ["resistance"], "пара человек: «гендер это пропаганда». долго"),
            (
                8,
                ["insight"],
                "[[first:Айбек]] и [[first:Тилек]] придумали сценку про отца который готовит – все смеялись, но тепло",
            ),
            (11, [], "следующая встреча через 2 недели. {{слава}} богу без конфликтов"),
        ],
    ),
    (
        "ru",
        "Базар-Коргон",
        ["Нурбек Абдыкалыков", "Азиз"],
        [
            (
                0,
                [],
                "базар-коргон, 19 парней, узбеки и кыргызы. [[name:Нурбек Абдыкалыков|Нурбек,Абдыкалыков]] (айыл өкмөтү) открыл",
            ),
            (
                3,
                ["quote", "resistance"],
                "[[first:Азиз]]: «бизда аёл ишласа, уйда тартиб йўқ» – если жена работает, дома нет порядка",
            ),
            (
                5,
                ["follow-up"],
                "[[nick:Шоха]] (друг [[first:Азиза|Азиз]]) сказал что его побили в милиции, показал синяки. психолог есть в г. {{Ош}}",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:Шоха]] = [[name:Шохрух Мамадалиев|Шохрух,Мамадалиев]], тел [[phone:+996 770 45 18 32]]",
            ),
            (
                10,
                [],
                "[[first:Нурбек]] байке обещал зал бесплатно еще 3 раза. в конце говорили про {{веру}} в себя",
            ),
        ],
    ),
    (
        "ru",
        "Ленгер",
        [],
        [
            (0, [], "ленгер, колледж, 21 чел, жара"),
            (2, ["quote"], "[[first:Нуржан]] – «баба должна знать своё место», ржали все"),
            (
                4,
                ["insight"],
                "обсуждали {{дело Бишимбаева}}, многие смотрели трансляцию. [[first:Нуржан]] сказал «ну он же министр, думал ему всё можно»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Санжар]] в перерыве: дядя [[first:Қанат]] – [[desc:единственный таксист в ауле Каскасу]], серая приора [[plate:084 KNA 13]] – отбирает у мамы пенсию",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Санжар]] боится, номер [[phone:+7(775)209-33-61]], звонить только днём",
            ),
            (11, [], "{{Шымкент}} кризисный центр – узнать адрес"),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        [],
        [
            (0, [], "истаравшан, 14 парней, таджикский/русский"),
            (2, ["quote"], "[[first:Далер]]: «зан бояд дар хона бошад» – женщина должна быть дома"),
            (
                4,
                ["resistance"],
                "[[name:Исмоил Рахимов|Исмоил,Рахимов]] ([[desc:сын раиса махалли Ҷӯйбор]]) сказал, что мы против традиций",
            ),
            (6, [], "после перерыва [[first:Исмоил]] не вернулся"),
            (
                8,
                ["follow-up"],
                "[[first:Далер]] сказал, что брат [[first:Ҷамшед]] в {{России}}, а жена брата живёт с ними и её бьёт свекровь",
            ),
            (10, ["follow-up"], "его тел: [[phone:+992 918 45 22 07]], почта [[email:daler.ist@mail.ru]]"),
            (11, [], "в конце стих {{Рудаки}}, хорошо легло"),
        ],
    ),
    (
        "ru",
        "Шахтинск",
        ["Валерий"],
        [
            (0, [], "шахтинск, 11 человек. [[first:Валерий]] привёл своих из секции"),
            (
                3,
                ["quote"],
                "[[nick:Валера]] сам: «я своей никогда руку не поднимал, но пару раз хотелось» – честно",
            ),
            (
                5,
                ["resistance"],
                "[[name:Игорь Петренко|Игорь,Петренко]] весь час в телефоне, потом «это для слабых»",
            ),
            (
                7,
                ["insight"],
                "[[first:Игорь]] неожиданно про сестру – гордится ей, она в {{Астане}} работает. кто-то читает {{роман}} «{{Путь Абая}}»",
            ),
            (
                10,
                ["follow-up"],
                "хочет провести у себя в зале, [[address:ул. Парковая 9]], тел [[phone:87012984415]]",
            ),
        ],
    ),
    (
        "ru",
        "Кара-Балта",
        [],
        [
            (0, [], "кара-балта, 13 чел., молодые 16-20"),
            (2, ["quote"], "кто-то: «если девушка отказала – значит набивает цену». не записала кто"),
            (4, ["insight"], "[[first:Бекжан]] объяснил другим что «нет» это нет, сам, без меня"),
            (
                7,
                ["follow-up"],
                "[[first:Бекжан]] потом: друг [[name:Руслан Осмонов|Руслан,Осмонов]], [[dob:07.11.2005]] г.р., говорил что не хочет жить. переживает",
            ),
            (
                9,
                ["referral"],
                "дала {{112}} и адрес {{кризисного центра «Сезим»}}, [[first:Бекжан]] передаст [[first:Руслану|Руслан]]",
            ),
            (11, [], "тел [[first:Руслана|Руслан]] через него: [[phone:0779 31 52 06]]"),
        ],
    ),
    (
        "ru",
        "Чуст",
        ["Шахзод", "Улугбек"],
        [
            (0, [], "чуст, 18 йигит. [[first:Шахзод]] помогал с переводом"),
            (
                2,
                ["quote"],
                "[[first:Улугбек]] ака (старший, 29): «келин уйга келса, у бизнинг одам» – невестка принадлежит нашей семье",
            ),
            (4, ["resistance"], "он и ещё двое говорили долго, что гендер – это «за деньги запада»"),
            (
                6,
                ["insight"],
                "[[first:Шахзод]] рассказал про поэтессу {{Зульфия}}, парни не знали что она из их краёв. тишина",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Улугбекнинг|Улугбек]] племянник [[first:Сардорбек]] хочет в волонтёры, тел [[phone:+998 (93) 412-05-77]], тг [[handle:@sardorbek_chust]]",
            ),
        ],
    ),
    (
        "ru",
        "Щучинск",
        [],
        [
            (0, [], "щучинск, 15 чел., колледж"),
            (2, ["quote"], "[[first:Данияр]]: «әйел – үйдің көркі» и всё, больше не работать"),
            (4, ["resistance"], "[[first:Даниярдың|Данияр]] друзья поддержали, [[nick:Жаке]] тоже"),
            (
                6,
                ["follow-up"],
                "[[nick:Жаке]] ([[name:Жандос Бейсенов|Жандос,Бейсенов]]) рассказал что его отец бьёт маму, соседи по [[address:ул. Ауэзова 51]] слышат",
            ),
            (8, ["referral"], "{{150}}, {{закон Салтанат}} – про охранный ордер, он не знал"),
            (10, ["follow-up"], "[[first:Жандос]]: [[phone:8 747 915 63 20]], ИИН [[iin:050823501176]]"),
        ],
    ),
]
