# Raw facilitator notes for the end-to-end check.
# Markup: [[kind:text]] or [[kind:text|stem1,stem2]] = planted identifier (stems: extra search parts,
# e.g. the bare name inside an inflected form); {{text}} = public/ordinary words that must stay.
# Each session: (language, town, roster, [(step, tags, note), ...])

SESSIONS = [
    # 1 en
    (
        "en",
        "Almaty",
        [],
        [
            (
                0,
                [],
                "started 10 min late, [[name:Daniyar Seitkali]] brought his cousin [[first:Azamat]] w/o registering. told them about {{Saltanat's law}} briefly",
            ),
            (
                2,
                ["quote"],
                '"my dad never cooked" - said by [[name:Timur Akhmetov]], he works at the car wash near the bazaar',
            ),
            (
                5,
                ["follow-up"],
                "timur wants materials, his number [[phone:+7 701 345 67 89]] and mail [[email:t.akhmetov95@gmail.com]]",
            ),
            (11, ["referral"], "gave {{UN Women}} leaflet + helpline {{150}} to the guy in the back row"),
        ],
    ),
    # 2 en
    (
        "en",
        "Shymkent",
        [],
        [
            (
                1,
                [],
                "[[first:Nurlan]] talked the whole time, had to {{mark the time}} twice. [[surname:Zhaksylykov]] (his friend) silent",
            ),
            (
                3,
                ["insight"],
                "group realized the chores list is 80/20. [[name:Ruslan Ospanov]] said his mom works 2 jobs",
            ),
            (
                9,
                ["follow-up"],
                "ruslan asked to be added to chat - tg [[handle:@ruslan_osp]] , insta [[handle:@ospanov.ruslan]]",
            ),
            (
                11,
                [],
                "call {{112}} if danger, said twice. he lives [[address:Kunaev st 45, apt 12]] , might need visit from social worker",
            ),
        ],
    ),
    # 3 ru
    (
        "ru",
        "Караганда",
        [],
        [
            (0, [], "опоздали [[name:Артём Кузнецов]] и [[first:Серёжа]], сели сзади"),
            (
                2,
                ["resistance"],
                "[[surname:Кузнецов]] сказал что мужик не должен мыть посуду, группа спорила 5 мин",
            ),
            (4, ["quote"], "«{{надежда есть}}, если отец начнёт первым» — [[first:Серёжа]]"),
            (
                10,
                ["follow-up"],
                "артём просил перезвонить: [[phone:8 (705) 112-34-56]], почта [[email:kuznetsov.art@mail.ru]]",
            ),
        ],
    ),
    # 4 kk cyrillic
    (
        "kk",
        "Тараз",
        [],
        [
            (
                1,
                [],
                "[[first:Ерланға|Ерлан]] сөз бердім, ол әкесі туралы айтты. [[first:Айгерімнің|Айгерім]] ағасы да келді",
            ),
            (3, ["quote"], '"{{менің арманым}} — балаларыма жақсы әке болу" деді [[name:Бауыржан Тұрсынов]]'),
            (
                8,
                ["follow-up"],
                "бауыржан нөмірі [[phone:8 747 234 56 78]], үйі [[address:Төле би көшесі 112, 5 пәтер]]",
            ),
            (11, ["referral"], "{{150}} сенім телефонын айттым"),
        ],
    ),
    # 5 kk latin
    (
        "kk",
        "Qyzylorda",
        [],
        [
            (0, [], "[[first:Qaırattyń|Qaırat]] inisi [[first:Dáýren]] kelipti, ekeýi de jas 17-18"),
            (2, ["quote"], '"áıel de jumys isteı alady" - [[name:Nursultan Ábdiraıymov]]'),
            (6, [], "úzilis kezinde [[first:Dáýrenge|Dáýren]] sóılestim, úıde qıyn eken"),
            (10, ["follow-up"], "nómiri [[phone:+7 775 987 65 43]], ınstagram [[handle:@daurenchik_07]]"),
        ],
    ),
    # 6 mixed ru/kk
    (
        "ru",
        "Актобе",
        [],
        [
            (
                1,
                [],
                "[[nick:Жаке]] опять шутил про женщин за рулём, я остановил. все называют его жаке, настоящее имя [[name:Жақсылық Омаров]]",
            ),
            (3, ["insight"], "[[nick:Нурик]] сказал: апам бәрін жасайды, әкем тек теледидар көреді"),
            (7, [], "после фильма [[name:Нурлыбек Сагинтаев]] ушёл раньше, плакал?"),
            (
                10,
                ["follow-up"],
                "нурик тел [[phone:87781234567]], иин [[iin:010512350781]] (дал сам для сертификата, зачем он мне)",
            ),
        ],
    ),
    # 7 en, village nurse
    (
        "en",
        "Turkestan region",
        [],
        [
            (
                2,
                ["quote"],
                "[[desc:the only nurse in Shaulder-2 village|Shaulder-2]] came with her son, he talked about his dad beating her",
            ),
            (5, ["follow-up"], "son is [[name:Aibek Tleuov]], born [[dob:14.03.2007]], needs referral"),
            (
                11,
                ["referral"],
                "told them about {{Saltanat's law}} and {{UN Women}} crisis centre in {{Almaty}}",
            ),
        ],
    ),
    # 8 ru, passports
    (
        "ru",
        "Астана",
        [],
        [
            (
                0,
                [],
                "регистрация: [[name:Игорь Петренко]] паспорт [[passport:N12345678]], [[name:Максим Лебедев]] уд. [[iin:990721300456]]",
            ),
            (
                4,
                ["resistance"],
                "[[surname:Петренко]]: 'это всё западная пропаганда', спокойно ответили фактами",
            ),
            (9, [], "максим предложил группу в телеге [[link:t.me/maks_lebedev_ast]]"),
        ],
    ),
    # 9 kk cyrillic, plates
    (
        "kk",
        "Шымкент",
        [],
        [
            (1, [], "[[name:Асхат Жұмабаев]] машинамен келді [[plate:123 ABC 02]], басқаларды да әкелді"),
            (4, ["quote"], '"{{менің арманым}} — әйелім жұмыс істесін" [[first:Асхаттың|Асхат]] сөзі'),
            (10, ["follow-up"], "асхат: [[phone:+7 (702) 555-12-34]], [[email:askhat.zh@inbox.kz]]"),
        ],
    ),
    # 10 en, KG
    (
        "en",
        "Bishkek",
        [],
        [
            (0, [], "kyrgyz group, most spoke ru. [[name:Bakyt Asanov]] translated for [[first:Emil]]"),
            (3, ["quote"], 'bakyt: "ata-ene says a jigit must not cry" (kyrgyz: эркек ыйлабайт)'),
            (9, ["follow-up"], "emil phone [[phone:0555 123 456]], bakyt [[phone:+996 700 98 76 54]]"),
            (11, ["referral"], "gave local crisis line, not {{150}} (that's kz)"),
        ],
    ),
    # 11 ru, UZ
    (
        "ru",
        "Ташкент",
        [],
        [
            (1, [], "[[name:Шерзод Каримов]] и его брат [[first:Ulug'bek]], оба из махалли рядом"),
            (2, ["resistance"], "улугбек: 'erkak uyda ishlamaydi' (муж дома не работает), спорили"),
            (
                10,
                ["follow-up"],
                "шерзод [[phone:+998 90 123 45 67]], улугбек [[phone:(93) 456-78-90]], паспорт шерзода [[passport:AA 1234567]]",
            ),
        ],
    ),
    # 12 en, TJ
    (
        "en",
        "Khujand",
        [],
        [
            (
                0,
                [],
                "small group of 6. [[name:Firuz Rahimov]] and [[name:Sukhrob Nazarov]] came together from the same kishlak",
            ),
            (4, ["insight"], "firuz: 'mard' means man but also brave, good discussion"),
            (10, ["follow-up"], "sukhrob tel [[phone:+992 93 123 4567]], firuz [[phone:918 12 34 56]]"),
        ],
    ),
    # 13 kk latin
    (
        "kk",
        "Aqtaý",
        [],
        [
            (2, [], "[[name:Ermek Saǵyndyquly]] áıelder týraly jaman sóz aıtty, toqtattym"),
            (
                5,
                ["quote"],
                '"{{meniń armanym}} - otbasymdy qorǵaý" dedi [[first:Ermektiń|Ermek]] dosy [[first:Samat]]',
            ),
            (
                9,
                ["follow-up"],
                "samat mekenjaıy [[address:Abaı dańǵyly 23, 7 páter]], nómiri [[phone:8 701 444 55 66]]",
            ),
            (11, ["referral"], "{{112}} jáne {{150}} aıttym"),
        ],
    ),
    # 14 ru, RU phones
    (
        "ru",
        "Уральск",
        [],
        [
            (0, [], "приехал из Самары [[name:Дмитрий Волков]], гость [[first:Надежды]] (координатор)"),
            (3, ["quote"], "«{{надежда есть}}, но отцы должны меняться» — волков"),
            (
                10,
                ["follow-up"],
                "волков [[phone:+7 (916) 123-45-67]], запасной [[phone:8-903-765-43-21]], вк [[handle:@dvolkov63]]",
            ),
        ],
    ),
    # 15 en, dob and iin
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                1,
                [],
                "[[name:Yerzhan Mukhamedzhanov]] is 16, DOB [[dob:02/11/2009]], came without parent consent form!",
            ),
            (2, ["follow-up"], "need to call his mom [[first:Gulnara]] at [[phone:8 (718) 2 55 44 33]]"),
            (8, ["insight"], "case study hit home for yerzhan, quiet after"),
            (11, [], "iin for certificate [[iin:090211 550 123]]"),
        ],
    ),
    # 16 kk cyrillic, desc
    (
        "kk",
        "Жетісай",
        [],
        [
            (
                2,
                ["quote"],
                "[[desc:Қызылқұм ауылындағы жалғыз әйел дәрігер|Қызылқұм]] туралы айтты, оны күйеуі жұмыстан шығарды",
            ),
            (4, [], "[[nick:Бақа]] деген жігіт (шын аты [[name:Бақытжан Серікұлы]]) бәрін күлдірді"),
            (
                10,
                ["follow-up"],
                "бақытжан телеграм [[link:https://t.me/bakytzhan_s]], [[phone:8-776-321-00-99]]",
            ),
        ],
    ),
    # 17 ru, mixed kk
    (
        "ru",
        "Кызылорда",
        [],
        [
            (
                0,
                [],
                "[[first:Даурену|Даурен]] поручил следить за временем. [[first:Мирас]] пришёл с [[first:Арманом|Арман]]",
            ),
            (3, ["quote"], "арман: «{{менің арманым}} — чтобы сестра училась в {{Алматы}}»"),
            (
                5,
                ["resistance"],
                "[[name:Мирас Есенов]]: 'бабы сами виноваты' — остановил, вернулся к правилам группы",
            ),
            (10, ["follow-up"], "мирас [[phone:8 700 123 4567]], живёт [[address:мкр Шугыла, д. 7, кв 41]]"),
        ],
    ),
    # 18 en, emails
    (
        "en",
        "Atyrau",
        [],
        [
            (0, [], "oil workers group, shift guys. [[name:Marat Dzhaksybekov]] organised"),
            (
                3,
                [],
                "[[first:Marat's|Marat]] colleague [[first:Kanat]] said he never saw his father hug anyone",
            ),
            (
                9,
                ["follow-up"],
                "send slides to [[email:marat.dzh@tengizchevroil.kz]] and [[email:kanat1990@yandex.ru]]",
            ),
            (10, [], "{{mark the time}}: 40 min over on case study, cut the film"),
        ],
    ),
    # 19 ru, addresses
    (
        "ru",
        "Семей",
        [],
        [
            (1, [], "[[name:Алексей Ким]] сказал что отец бил мать, живут на [[address:ул. Шакарима 14-28]]"),
            (
                4,
                ["follow-up"],
                "нужно направить к психологу. мать — [[name:Ольга Ким]], [[phone:8 (7222) 52-11-09]]",
            ),
            (8, ["referral"], "дал номер {{150}} и {{112}}"),
            (11, [], "про {{Абая}} говорили, его слова о труде"),
        ],
    ),
    # 20 kk latin
    (
        "kk",
        "Taraz",
        [],
        [
            (0, [], "[[name:Aıdos Nurlanuly]] men [[name:Beıbit Qasymov]] keldi"),
            (4, ["quote"], 'Beıbit: "{{Abaı}} aıtqandaı, eńbek etseń erinbeı..."'),
            (
                9,
                ["follow-up"],
                "aıdos: [[email:aidos.n@mail.kz]], tg [[handle:@aidos_nur]], [[iin:020304501234]]",
            ),
            (10, [], "[[first:Beıbitke|Beıbit]] kómek kerek, ákesi ishedi"),
        ],
    ),
    # 21 en, plates & address
    (
        "en",
        "Kostanay",
        [],
        [
            (
                2,
                ["resistance"],
                "[[surname:Bondarenko]] kept laughing, drove off in [[plate:777 KZA 10]] before the end",
            ),
            (
                5,
                [],
                "[[first:Vadim]] stayed to talk. he said his sister is hit by husband, they live at [[address:21 Baitursynov Street, flat 9]]",
            ),
            (9, ["follow-up"], "vadim [[phone:+77142556677]]"),
            (11, ["referral"], "explained {{Saltanat's law}}, gave {{112}}"),
        ],
    ),
    # 22 ru, nicknames
    (
        "ru",
        "Талдыкорган",
        [],
        [
            (0, [], "[[nick:Санчо]] (это [[name:Александр Ли]]) опять с опозданием"),
            (3, ["quote"], "[[nick:Бекa]]: «у нас в доме деньги держит мама»"),
            (6, [], "в перерыве [[first:Бекзату|Бекзат]] звонила девушка, ушёл"),
            (
                10,
                ["follow-up"],
                "[[nick:саша]] [[surname:ли]] [[phone:8 705 9988776]], инст [[handle:@sancho_li]]",
            ),
        ],
    ),
    # 23 kk cyrillic
    (
        "kk",
        "Түркістан",
        [],
        [
            (1, [], "[[name:Жандос Әбдірахманов]] анасы [[dob:1985 жылы 5 наурызда]] туған, ол туралы айтты"),
            (2, ["quote"], '"{{Абай}} айтқан: адам бол!" деді [[first:Жандостың|Жандос]] досы'),
            (8, ["follow-up"], "жандос паспорт [[passport:N09876543]], тел [[phone:+7 778 111 22 33]]"),
            (11, ["referral"], "{{150}} телефонын бердім"),
        ],
    ),
    # 24 en, mixed lang
    (
        "en",
        "Osh",
        [],
        [
            (
                0,
                [],
                "mixed kyrgyz/uzbek room. [[name:Azizbek Tashmatov]] and [[name:Nurbek Mamytov]] led the small groups",
            ),
            (2, ["quote"], 'nurbek: "бала багуу аялдын иши" (childcare is women\'s job) - then changed mind'),
            (
                10,
                ["follow-up"],
                "azizbek [[phone:0700-12-34-56]], nurbek [[phone:+996 (555) 76-54-32]], wa [[link:wa.me/996555765432]]",
            ),
        ],
    ),
    # 25 ru, TJ/UZ
    (
        "ru",
        "Душанбе",
        [],
        [
            (0, [], "[[name:Фаррух Саидов]] переводил на таджикский для [[first:Далера|Далер]]"),
            (4, ["quote"], "далер: «мард бояд кор кунад» — мужчина должен работать"),
            (
                10,
                ["follow-up"],
                "фаррух [[phone:+992 918-55-44-33]], далер [[phone:93-555-12-34]], адрес [[address:ул. Рудаки 105, кв. 16]]",
            ),
        ],
    ),
    # 26 kk latin + ru
    (
        "kk",
        "Talgar",
        [],
        [
            (0, [], "[[name:Ádilet Sársenbaev]] jáne [[name:Ilııas Omarov]] keldi, ekeýi de stýdent"),
            (3, ["quote"], 'Ilııas: "áıelim maǵan aqsha tabýǵa kómektesse, jaqsy"'),
            (
                9,
                ["follow-up"],
                "ádilet [[email:adilet.sarsenbayev@kaznu.kz]], [[phone:8 (727) 250-11-22]], tý.k. [[dob:12.09.2004]]",
            ),
            (11, [], "{{Almaty}} daǵdarys ortalyǵy, {{UN Women}}"),
        ],
    ),
    # 27 en, desc
    (
        "en",
        "East Kazakhstan",
        [],
        [
            (
                1,
                [],
                "[[desc:the imam of Karaoy village|Karaoy]] sent his two sons, one of them [[first:Yerbol]] told about arranged marriage pressure",
            ),
            (5, ["insight"], "yerbol wants to talk to his father but scared"),
            (10, ["follow-up"], "yerbol [[phone:87052223344]], [[handle:@yerbol_krk]]"),
        ],
    ),
    # 28 ru
    (
        "ru",
        "Петропавловск",
        [],
        [
            (0, [], "[[name:Сергей Иванов]], [[name:Павел Смирнов]], [[name:Ринат Галиев]] — костяк группы"),
            (2, ["resistance"], "[[surname:Галиев]] спорил про {{закон Салтанат}}: «это против семьи»"),
            (7, [], "[[first:Павлу|Павел]] фильм понравился"),
            (
                10,
                ["follow-up"],
                "ринат [[phone:+7 777 505 40 30]], [[nick:серёга]] [[email:s.ivanov@pko.kz]]",
            ),
        ],
    ),
    # 29 kk cyrillic
    (
        "kk",
        "Атырау",
        [],
        [
            (1, [], "[[first:Нұрсұлтанға|Нұрсұлтан]] сұрақ қойдым, ол ұялды"),
            (3, ["quote"], '"{{менің арманым}} — анам демалсын" — [[name:Нұрсұлтан Қайратұлы]]'),
            (6, [], "[[nick:Нұрик]] үзілісте темекі тартты"),
            (10, ["follow-up"], "нұрик ЖСН [[iin:051122550987]], үйі [[address:Сәтпаев көшесі 33, 12 үй]]"),
        ],
    ),
    # 30 en, dob words
    (
        "en",
        "Kyzylorda",
        [],
        [
            (2, [], "[[name:Miras Zhumagulov]], born [[dob:3 March 2006]], only 19 but married already"),
            (4, ["quote"], 'miras: "my wife\'s salary is bigger, my friends laugh"'),
            (9, ["follow-up"], "miras tg [[link:t.me/miras_zh]], [[phone:+7-708-333-22-11]]"),
            (11, ["referral"], "gave {{150}}, and {{112}} for emergencies"),
        ],
    ),
    # 31 ru, car plates
    (
        "ru",
        "Алматы",
        [],
        [
            (0, [], "[[name:Тимур Бекмамбетов]] подвёз [[first:Арсена|Арсен]] на [[plate:045 ABD 02]]"),
            (4, ["resistance"], "арсен: 'кто платит тот и решает'"),
            (10, ["follow-up"], "тимур [[phone:87011234567]], арсен [[email:arsen.b@gmail.com]]"),
            (11, [], "говорили о {{закон Салтанат}} и {{UN Women}}"),
        ],
    ),
    # 32 kk latin desc
    (
        "kk",
        "Shymkent",
        [],
        [
            (
                2,
                ["quote"],
                "[[desc:Kóktal aýylyndaǵy jalǵyz áıel traktorshy|Kóktal]] týraly aıtty, ony bári masqaralaıdy eken",
            ),
            (5, [], "[[name:Ómirzaq Bekov]] qarsy boldy, keıin kelisti"),
            (10, ["follow-up"], "ómirzaq [[phone:+7 705 600 70 80]], pasport [[passport:N11223344]]"),
        ],
    ),
    # 33 en, lowercase everything
    (
        "en",
        "Taldykorgan",
        [],
        [
            (0, [], "[[name:arman kenzhebayev]] came w [[first:dias]], both 20ish"),
            (2, ["quote"], 'arman: "{{mark the time}} guys, my mom cooks 3 hrs a day"'),
            (
                9,
                ["follow-up"],
                "arman [[phone:+7 747 909 80 70]] [[email:arman.kenzhe@mail.ru]] lives [[address:zhansugurov st 12/3]]",
            ),
        ],
    ),
    # 34 ru, roster
    (
        "ru",
        "Экибастуз",
        ["Евгений Соколов", "Руслан Жумабаев", "Андрей Попов"],
        [
            (0, [], "[[name:Евгений Соколов]] и [[name:Руслан Жумабаев]] пришли первыми"),
            (2, ["resistance"], "[[surname:Попов]] молчал, потом сказал что жена сама виновата"),
            (5, ["follow-up"], "[[first:Андрею|Андре]] нужна консультация, тел [[phone:8 (7187) 34-56-78]]"),
            (11, ["referral"], "дал {{150}}"),
        ],
    ),
    # 35 kk cyrillic roster
    (
        "kk",
        "Қостанай",
        ["Бекзат Оспанов", "Ділмұрат Ахмет"],
        [
            (1, [], "[[name:Бекзат Оспанов]] мен [[name:Ділмұрат Ахмет]] бірге келді"),
            (4, ["quote"], '[[first:Ділмұраттың|Ділмұрат]] сөзі: "ер адам да жылай алады"'),
            (10, ["follow-up"], "бекзат [[phone:+7 714 222 33 44]], [[email:bekzat.ospanov@mail.kz]]"),
        ],
    ),
    # 36 en, mixed everything
    (
        "en",
        "Aktau",
        [],
        [
            (0, [], "[[name:Serik Abenov]], [[nick:Seka]] for everyone, main joker"),
            (3, [], "seka's gf [[first:Madina]] works at [[desc:the only pharmacy in Shetpe|Shetpe]]"),
            (
                9,
                ["follow-up"],
                "serik [[phone:8 729 2 44 55 66]], iin [[iin:960101 350 246]], car [[plate:512 ADE 12]]",
            ),
        ],
    ),
    # 37 ru, uz latin
    (
        "ru",
        "Самарканд",
        [],
        [
            (0, [], "[[name:Jasur Yo'ldoshev]] и [[name:Otabek Xolmatov]]"),
            (3, ["quote"], "otabek: «uy ishlari — ayolning ishi» — потом сам сказал что неправ"),
            (
                10,
                ["follow-up"],
                "jasur [[phone:998971234567]], otabek [[phone:+998 (91) 765 43 21]], тг [[handle:@otabek_xl]]",
            ),
        ],
    ),
    # 38 kk mixed cyr/latin
    (
        "kk",
        "Талдықорған",
        [],
        [
            (1, [], "[[name:Ерасыл Дүйсенов]] мен [[first:Qanat]] (латынша жазды аттарын)"),
            (3, ["quote"], 'ерасыл: "{{Абай}} айтқан ғой, ақыл мен жүрек"'),
            (
                10,
                ["follow-up"],
                "ерасыл [[phone:8 (728) 224 11 00]], [[address:Қабанбай батыр көшесі 90]], ЖСН [[iin:030615 500 321]]",
            ),
        ],
    ),
    # 39 ru, TJ + passport
    (
        "ru",
        "Худжанд",
        [],
        [
            (0, [], "[[name:Манучехр Шарипов]] паспорт [[passport:A 12345678]] — сам показал"),
            (2, ["resistance"], "[[first:Манучехру|Манучехр]] не понравилось про домашний труд"),
            (10, ["follow-up"], "[[phone:+992 (92) 700-80-90]], [[email:manuchehr.sh@mail.tj]]"),
            (11, [], "{{надежда есть}} — так сказали в конце"),
        ],
    ),
    # 40 en, RU passport, dob
    (
        "en",
        "Petropavl",
        [],
        [
            (
                0,
                [],
                "russian guest [[name:Nikolai Orlov]], passport [[passport:45 12 345678]], dob [[dob:21.07.1999]]",
            ),
            (4, ["quote"], 'nikolai: "in our town men don\'t go to psychologists"'),
            (
                9,
                ["follow-up"],
                "orlov [[phone:8-916-555-44-33]], [[link:https://t.me/n_orlov99]], instagram.com/[[handle:nik.orlov]]",
            ),
            (11, ["referral"], "{{112}} and {{UN Women}}"),
        ],
    ),
]
