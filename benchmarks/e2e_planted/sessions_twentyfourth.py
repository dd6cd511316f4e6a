# Synthetic facilitator notes for the e2e anonymization check (twenty-fourth set).
# All people, numbers, addresses, accounts are INVENTED. Public figures appear only as public figures.
# Setting: one spring cycle (March to May) in four places: a rural agrarian college near Taraz (Kazakh in
# small letters, Cyrillic and the 2021 Latin letters, surnames alone with case endings), a Karakol sports
# school (Kyrgyz and Russian; coaches, team nicknames, team-chat lines), a Kaskelen youth house (Russian and
# English mixed; parents by name and patronymic; an English-speaking volunteer), a Tashkent mahalla (Uzbek
# Latin with o' and g' typed several ways, Russian, an English donor log).
SESSIONS = [
    # ---------------- en (11) ----------------
    # Kaskelen youth house: the volunteer's English log with Russian quotes; parents by name and patronymic
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{6 March}}, youth house, small hall. 13 guys {{15-18}}, two girls from the dance club watched the first 10 min. Coordinator [[name:Zhanna Bolatovna Seitkali|Seitkali]] opened with tea.",
            ),
            (
                1,
                [],
                "Warm-up {{Name and a Gesture}}. [[nick:Shurup]] (a screw: thin, fixes everybody's bikes), real name [[name:Kirill Vlasenko|Vlasenko]], did a wrench gesture and all 13 copied him.",
            ),
            (
                2,
                ["quote"],
                "[[first:Timur]]: «8 марта — это когда папа моет посуду один раз в год». Laughter, then a short silence.",
            ),
            (
                3,
                ["insight"],
                "later he said his mum works nights at a bakery and his dad 'helps' only when guests come. He said it like a joke, it wasn't.",
            ),
            (
                4,
                [],
                "Exercise {{Act Like a Man Box}}: inside the box they wrote «не ныть», «деньги», «мужик сказал — мужик сделал»; outside: «плачет», «готовит», «боится».",
            ),
            (
                5,
                ["resistance"],
                "[[name:Daniyar Abishev|Abishev]]: «feminism came from the West, we have our own traditions». I asked what his grandmother did in the nineties.",
            ),
            (
                6,
                ["quote"],
                "Then, slower: «бабушка в девяностые челночила в {{Урумчи}}, всех кормила». He stopped for a second and said «ну, это другое».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Kirill]]'s mum [[name:Svetlana Viktorovna Vlasenko|Svetlana]] asked me to call her about the spring camp: [[phone:+7 707 314 82 56]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Timur Akhmetov|Akhmetov]] for the camp list: born [[dob:11.07.2009]], IIN [[iin:090711501238]], lives [[address:mkr. Zhastar, house 14, apt 37]].",
            ),
            (
                9,
                ["referral"],
                "Everyone got the {{150}} card; the youth house psychologist is in on Wednesdays. One boy took two cards, «для брата».",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{13 March}}, youth house, 12 guys, one late (bike chain again). {{Ramadan}}: 4 guys fasting, so no snacks on the table today.",
            ),
            (
                1,
                [],
                "Exercise {{Who Does What at Home}}: 25 chores on stickers. Dishes, laundry, cooking went to «мама»; «ремонт», «машина», «деньги» went to «папа».",
            ),
            (
                2,
                ["quote"],
                "[[first:Ruslan]]: «моя мама водит лучше папы, но за руль садится папа, потому что люди смотрят».",
            ),
            (
                3,
                ["insight"],
                "[[first:ruslan]] — they call him [[nick:Limon]] because of the yellow hoodie he never takes off — told me his mum is [[desc:the woman who runs the only tyre-fitting shop on the Kaskelen bypass]].",
            ),
            (
                4,
                ["resistance"],
                "When another boy laughed at that, [[nick:Limon]] snapped: «и что? она зарабатывает больше твоего отца». I had to stop it for a minute.",
            ),
            (
                5,
                [],
                "Women in sport: {{Elena Rybakina}}, {{Olga Rypakova}}. Everyone knew Rybakina from TV, nobody knew Rypakova was an Olympic champion.",
            ),
            (
                6,
                ["quote"],
                "[[first:Arsen]]: «спорт — ок, но дома она всё равно должна готовить». Someone: «а если она на сборах?»",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Arsen Mamedov|Mamedov]] wants to be a peer facilitator. Telegram [[handle:@arsen_ksk08]], phone [[phone:8 747 602 19 43]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Ruslan Lisitsyn|Lisitsyn]]: his mum [[name:Natalya Petrovna|Natalya]] wants him in the driving course at 17, asked if we know one.",
            ),
            (
                9,
                ["referral"],
                "{{150}} on the board again; the group admin will post it in the chat. Next week is the day before {{Nauryz}}.",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{20 March}}, the day before {{Nauryz}}, youth house decorated with shanyraks made of paper. 14 guys, two new from the college.",
            ),
            (
                1,
                [],
                "Attendance for the grant sheet: [[name:Akhmetov T.|Akhmetov]] +, [[name:Vlasenko K.|Vlasenko]] +, [[name:Mamedov A.|Mamedov]] +, [[name:Kenzhebaev D.|Kenzhebaev]] +, [[name:Nurgaliev I.|Nurgaliev]] +, + 2 new.",
            ),
            (
                2,
                [],
                "Exercise {{The Nauryz Table}}: who does what for the holiday. {{Nauryz kozhe}} cooked by mums and grandmothers, boys carry the kazan and set up the yurt.",
            ),
            (
                3,
                ["quote"],
                "[[name:Dauren Kenzhebaev|Kenzhebaev]]: «у нас папа сам варит наурыз-коже, он повар в ресторане в {{Алматы}}».",
            ),
            (
                4,
                [],
                "[[nick:Gubka]] — a sponge, 'he soaks up everything and says nothing' — real name [[name:Ilyas Nurgaliev|Nurgaliev]], was quiet all session, drew on his hand.",
            ),
            (
                5,
                ["insight"],
                "After the session [[first:Ilyas]] stayed. His stepfather pushed his mum against the wall last week, he stood between them. «я не знаю, кому сказать».",
            ),
            (
                6,
                ["follow-up"],
                "With his OK I told the coordinator [[first:Zhanna]] at once. Mum [[name:Gulnara Serikovna|Gulnara]], home phone [[phone:8 (72771) 2-41-86]]. The stepfather's car: [[plate:117 BTZ 05]], in case it shows up near the youth house.",
            ),
            (
                7,
                ["referral"],
                "For his mum: {{111}}, the {{Union of Crisis Centres of Kazakhstan}}, police only with her consent. For [[first:Ilyas]]: {{150}} and our psychologist.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ilyas]] lives [[address:behind the bus station, the two-storey house with the green gate next to the car wash]], born [[dob:3 February 2009]].",
            ),
            (
                9,
                ["quote"],
                "End on a light note: one of the new guys brought baursaks from his grandma, the other asked if he can come every Friday.",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{27 March}}, open evening: 9 guys + 4 dads + one mum. Chairs in a circle, tea, no phones.",
            ),
            (
                1,
                [],
                "Parents present: [[name:Bakhyt Serikovich Kenzhebaev|Bakhyt]] (the cook), [[name:Marat Askarovich Akhmetov|Marat]], [[name:Elchin Rafikovich Mamedov|Elchin]], [[name:Oleg Ivanovich Vlasenko|Oleg]], and [[name:Svetlana Viktorovna|Svetlana]].",
            ),
            (
                2,
                [],
                "Exercise {{Father and Son Interview}}: sons ask «what did your father never tell you?»",
            ),
            (
                3,
                ["quote"],
                "[[first:Bakhyt]] aga: «мой отец ни разу не сказал, что любит. я сыну говорю каждый день, пусть смеются».",
            ),
            (
                4,
                ["quote"],
                "[[first:Elchin]]: «я в 16 уже торговал на {{Барахолке}}, тренингов не было». His son rolled his eyes, then listened.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Marat]] Askarovich: «мальчик должен быть мальчиком, хватит этих тренингов». He left after 40 minutes. His son looked at the floor the whole time.",
            ),
            (
                6,
                ["insight"],
                "When he left, the boy said quietly: «now you see why I don't talk at home».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Marat]] Askarovich wants a meeting with the coordinator, [[phone:8 701 455 27 09]]; he is [[desc:the deputy akim of Kaskelen responsible for youth policy]], so it may get political.",
            ),
            (
                8,
                [],
                "[[first:Bakhyt]] aga made the closing toast: «{{бақыт}} деген — счастье. Let our sons be happy, not only strong».",
            ),
            (
                9,
                ["referral"],
                "Leaflets with {{150}} and {{111}} for all parents; one mum took extra for her neighbours.",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{3 April}}, youth house, 11 guys. Topic: jealousy and phones. [[first:Maxim]] came back after three weeks away.",
            ),
            (
                1,
                ["quote"],
                "[[nick:Tormoz]] — that's [[name:Maxim Osipenko|Osipenko]], the name is because he answers everything five seconds late — started straight away: «если девушка не даёт телефон, значит, что-то скрывает».",
            ),
            (
                2,
                [],
                "Exercise {{Red Flag, Green Flag}}: cards «reads her messages», «jealous means he loves», «asks where you are», «says hi to her mum».",
            ),
            (
                3,
                ["quote"],
                "[[first:Sanzhar]]: «ревнует — значит любит, это все знают». Someone: «это из сериалов, бро».",
            ),
            (
                4,
                ["insight"],
                "The same boy showed me his girlfriend's messages, then said her name anyway, [[first:Kamila]], and that he checks her Instagram [[handle:@kamila.ksk]] every hour 'to stay calm'.",
            ),
            (
                5,
                [],
                "We watched a short clip by {{UN Women}} and the foundation {{НеМолчи}}; most had never heard of either.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Tormoz]]: «а если она первая начала?» We stayed on that question for 15 minutes.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Sanzhar Omarov|Omarov]] wants to talk one-to-one next week: [[phone:+7 776 208 31 64]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Maxim]]'s mum [[name:Irina Vasilyevna Osipenko|Irina]] asked why he skipped — she thought he was here. He was at [[address:his uncle's garage behind the Kaskelen market, the one with the blue roller door]].",
            ),
            (
                9,
                ["referral"],
                "{{150}} again; for him also the youth house psychologist [[name:Dinara Kuanyshevna|Dinara]] on Wednesdays.",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        [],
        [
            (
                0,
                [],
                "{{10 April}}, 12 guys and the coordinator. Topic: 'men's jobs, women's jobs', two days before {{Cosmonautics Day}}.",
            ),
            (
                1,
                [],
                "Warm-up {{Guess the Job}}: photos of a woman pilot, a male nurse, a woman welder. They guessed the pilot was a flight attendant.",
            ),
            (
                2,
                [],
                "Told them about {{Talgat Musabayev}} and {{Aidyn Aimbetov}}, then {{Valentina Tereshkova}}. «а у нас женщины в космос летали?» — not yet.",
            ),
            (
                3,
                ["quote"],
                "[[first:Ilyas]]: «а я хочу быть поваром, как [[first:Бахыт]] ага». The cook's son was proud for the rest of the evening.",
            ),
            (
                4,
                ["insight"],
                "[[nick:Gubka]] talked in the circle for the first time since March: it's 'quieter' at home, the stepfather [[first:Vadim]] moved out to his brother in {{Taldykorgan}}.",
            ),
            (
                5,
                ["quote"],
                "[[first:Kirill]]: «я пойду в колледж на автомеханика, мама против, хочет, чтобы я был юристом».",
            ),
            (
                6,
                [],
                "Full attendance for the certificate so far: six guys, [[name:Tokenov Yerlan|Tokenov]] among them.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Yerlan]] needs his IIN on the certificate: [[iin:081203502716]], born [[dob:03.12.2008]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Kirill]]'s mum wants the college brochure by email: [[email:s.vlasenko76@mail.kz]].",
            ),
            (
                9,
                ["referral"],
                "For the quiet one: keep seeing the psychologist; {{111}} for his mum if the stepfather comes back.",
            ),
        ],
    ),
    # Karakol sports school: a visiting volunteer's English log
    (
        "en",
        "Karakol",
        [],
        [
            (
                0,
                [],
                "{{16 March}}, Karakol, children's and youth sports school, wrestling hall. 15 boys {{14-17}}. Coach [[name:Taalaibek Osmonkulovich Zhumaliev|Zhumaliev]] gave us an hour after training.",
            ),
            (
                1,
                [],
                "Warm-up {{Strong Is...}}: finish the sentence. «strong is winning», «strong is not crying», and one boy: «strong is carrying water for mum».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Chychkan]] (the mouse: smallest on the team, 48 kg), real name [[name:Beknazar Toktosunov|Toktosunov]]: «если проиграл, дома лучше не говорить».",
            ),
            (
                3,
                ["insight"],
                "[[first:Beknazar]] later: his dad never comes to tournaments, only asks 'won or not'. After he lost in {{Balykchy}} the dad didn't speak to him for two days.",
            ),
            (
                4,
                [],
                "Exercise {{Emotion Thermometer}}: they had ten words for anger and none for shame or fear; «стыд», «страх» took time.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Shaiba]] ([[name:Ermek Asanbekov|Asanbekov]]), the captain: «эмоции — это для девчонок, тренер так говорит». The coach laughed and said he never said that.",
            ),
            (
                6,
                ["quote"],
                "Coach [[first:Taalaibek]]: «я плакал, когда проиграл на чемпионате в {{Бишкеке}}, в раздевалке, чтобы никто не видел».",
            ),
            (
                7,
                [],
                "We talked about {{Aisuluu Tynybekova}} and {{Akzhol Makhmudov}}. The boys know both; nobody had thought of her as 'a woman in a man's sport'.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ermek]]'s mum [[name:Zhyldyz Asanovna|Zhyldyz]] wants to come next time: [[phone:+996 555 41 27 83]].",
            ),
            (
                9,
                ["referral"],
                "Gave the boys the {{111}} children's line; the coach will hang it in the locker room next to the weigh-in sheet.",
            ),
        ],
    ),
    (
        "en",
        "Karakol",
        [],
        [
            (
                0,
                [],
                "{{6 April}}, football group U-17 this time, 12 boys; coach [[name:Nurlan Bekovich Abdyldaev|Abdyldaev]] stayed for the first half.",
            ),
            (
                1,
                [],
                "11 present, [[first:Nursultan]] absent, sick.",
            ),
            (
                2,
                [],
                "Team nicknames on the whiteboard, their idea: [[nick:Burkut]] ([[name:Aibek Satybaldiev|Satybaldiev]]), [[nick:Kompot]] ([[name:Emir Isakov|Isakov]]) and so on, all twelve have one.",
            ),
            (
                3,
                [],
                "Exercise {{Red Card for Violence}}: situations on cards, they raise red, yellow or green.",
            ),
            (
                4,
                ["quote"],
                "Someone: «if a girl slaps a guy, that's a green card». Everyone: «yellow!»",
            ),
            (
                5,
                ["insight"],
                "[[first:Tilek]]: his older brother [[first:Almaz]] 'took' his wife two years ago ({{ala kachuu}}), «she is fine now». Silence. Another boy: «that's a crime».",
            ),
            (
                6,
                [],
                "We read the {{Criminal Code}} article on bride kidnapping: up to ten years. Most didn't know.",
            ),
            (
                7,
                ["insight"],
                "He stayed after: his brother's wife [[first:Nazira]] called his mum crying last week; he wants to help but «it's family».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Tilek Kurmanaliev|Kurmanaliev]], phone [[phone:0700 318 264]], lives [[address:behind the Dungan mosque, the white house with two apricot trees at the corner]].",
            ),
            (
                9,
                ["referral"],
                "For her, through his mum: the crisis centre in Karakol and {{112}}.",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Artyom Lobanov|Lobanov]] wants to be a peer leader, Telegram [[handle:@lobanov_art]].",
            ),
        ],
    ),
    # Tashkent mahalla: the NGO officer's English donor log, Uzbek and Russian quotes
    (
        "en",
        "Tashkent",
        [],
        [
            (
                0,
                [],
                "{{14 March}}, Tashkent, Yunusobod, the mahalla guzar hall. 14 boys {{15-19}}. The mahalla youth leader translated when needed.",
            ),
            (
                1,
                [],
                "Right after {{8 March}}: I asked what they gave their mothers. Flowers, a cake; [[first:Umidjon]] washed the dishes 'for the first time, mum cried'.",
            ),
            (
                2,
                [],
                "Exercise {{The Good Son and the Good Man}}: two lists on the wall, then we compared them. Almost nothing in common.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Piyoz]] (onion — 'he makes the girls cry', they said; he hates it), [[name:Jasurbek To'xtasinov|To'xtasinov]]: «yaxshi o'g'il onasini tinglaydi, yaxshi erkak xotinini tinglamaydi».",
            ),
            (
                4,
                ["insight"],
                "Later, alone, he told me: his father works in {{Russia}} and calls only to ask about money. «I am the man of the house now», he is 16.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Farrux Ergashev|Ergashev]]: «bu g'arbning gapi». I asked if {{Zulfiya}} was Western. He didn't know she was a poet.",
            ),
            (
                6,
                [],
                "We read {{Zulfiya}}'s lines to her husband {{Hamid Olimjon}}; they liked it more than I expected.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Umidjon Karimov|Karimov]] for the debate club: [[phone:+998 90 944 12 07]], born [[dob:21 March 2008]] ('a Navruz birthday', he says).",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Jasurbek]]'s mum [[name:Dilfuza Rahimova|Rahimova]] asked for a call; she is [[desc:the only woman driver at the taxi stand by the Yunusobod bazaar]] and works till midnight.",
            ),
            (
                9,
                ["referral"],
                "{{1146}} written on the board; the boy who argued took a photo of it, which I did not expect.",
            ),
        ],
    ),
    (
        "en",
        "Tashkent",
        [],
        [
            (
                0,
                [],
                "{{4 April}}, Tashkent, mahalla hall, 14 boys. Co-facilitated with the mahalla youth leader [[name:Sherzod Alimov|Alimov]].",
            ),
            (
                1,
                [],
                "Energiser {{Fruit Salad}}, then {{Power Walk}} with role cards: a divorced mother, a migrant's son, a bride from a village, a bank director.",
            ),
            (
                2,
                ["quote"],
                "[[first:Umidjon]], playing 'a divorced mother': «I couldn't move a single step». He looked shocked by it.",
            ),
            (
                3,
                ["insight"],
                "His aunt [[first:Sevara]] divorced last year; the family doesn't talk to her. He visits her secretly [[address:in Chilonzor, 9-kvartal, the block behind Novza metro with the Dori-Darmon pharmacy downstairs]].",
            ),
            (
                4,
                ["quote"],
                "[[nick:Mushuk]]: «my grandma says a divorced woman is like a broken cup».",
            ),
            (
                5,
                [],
                "We talked about {{umid}} — hope — and {{sabr}}, patience. [[first:Umidjon]]: «my name means hope, so I am my aunt's hope» 😄",
            ),
            (
                6,
                ["resistance"],
                "[[first:Farrux]] again: «divorced women spoil the mahalla's name». The youth leader answered him in Uzbek, firmly and kindly.",
            ),
            (
                7,
                ["follow-up"],
                "His parents asked for a meeting: father [[name:Akmal Ergashev|Akmal]], [[phone:+998 99 402 17 36]].",
            ),
            (
                8,
                ["referral"],
                "For the aunt: {{1146}}, and the free legal aid of the {{Mahalla va oilani qo'llab-quvvatlash vazirligi}}.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Shohjahon Abduvaliyev|Abduvaliyev]] for the summer camp list: ID card [[passport:AE 1205577]], PINFL [[iin:51103082650124]], born [[dob:11 March 2008]].",
            ),
        ],
    ),
    (
        "en",
        "Tashkent",
        [],
        [
            (
                0,
                [],
                "{{25 April}}, Tashkent, 12 boys; football first, against girls from the college — their idea, [[first:Nodirbek]]'s.",
            ),
            (
                1,
                [],
                "Girls won 4-3. [[nick:Bodring]] said the referee was unfair; the referee was the youth leader.",
            ),
            (
                2,
                [],
                "Exercise {{After the Match}}: how did it feel to lose to girls? «uyat», «normal», «they trained more than us».",
            ),
            (
                3,
                ["quote"],
                "[[name:Temurbek Nazarov|Nazarov]]: «I'm named after {{Amir Temur}}, I can't lose to girls». Then he laughed at himself.",
            ),
            (
                4,
                ["insight"],
                "He stayed: his sister [[first:Malika]] is 17 and her engagement is planned for autumn; she wants university. «dad says I should talk to her, make her agree».",
            ),
            (
                5,
                ["follow-up"],
                "Told him about the {{Oila kodeksi}} (18) and that he doesn't have to be the one who 'makes her agree'. Mum [[name:Nilufar Nazarova|Nazarova]]: [[phone:+998 (90) 187-63-20]].",
            ),
            (
                6,
                ["referral"],
                "{{1146}} for [[first:Malika]], and the {{El-yurt umidi}} foundation's scholarship page.",
            ),
            (
                7,
                ["quote"],
                "[[nick:Piyoz]]: «girls play dirty». [[nick:Xo'roz]]: «no, you play slow».",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Jasurbek]]'s mum called: she wants him in the IT course, needs his PINFL: [[iin:50907082650331]]. Course fee by Humo card [[card:9860 1201 4477 0318]], the mahalla pays half.",
            ),
            (
                9,
                [],
                "Next: {{2 May}}, mixed group in Uzbek and Russian.",
            ),
        ],
    ),
    # ---------------- ru (11) ----------------
    # Karakol sports school: the trainer's notes in Russian, coaches by name and patronymic, team chat
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{23 марта}}, Каракол, ДЮСШ, зал борьбы. 14 пацанов {{14-17}}, тренер [[name:Таалайбек Осмонкулович|Таалайбек]] дал час после тренировки.",
            ),
            (
                1,
                [],
                "Разминка {{Комплимент сопернику}}: в парах сказать сопернику что-то хорошее. Смущались страшно, двое просто пожали руки.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Шайба]] (капитан, [[first:Эрмек]], круглый и крепкий): «в борьбе нет девушек, это мужской спорт». [[first:Бекназар]] сразу: «а {{Айсулуу Тыныбекова}}?»",
            ),
            (
                3,
                [],
                "Посмотрели ролик про {{Тыныбекову}}: чемпионка мира, серебро Олимпиады. Тишина, потом «ну она исключение».",
            ),
            (
                4,
                ["insight"],
                "[[first:Бекназар]] ([[nick:Чычкан]]) после занятия: старшая сестра [[first:Айпери]] тоже боролась, отец запретил после 9 класса: «кыз бала үйдө отурат».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Эрмек]]: «отец прав, кто её замуж возьмёт с такими ушами». Кто-то засмеялся, младший покраснел.",
            ),
            (
                6,
                ["quote"],
                "Тренер неожиданно поддержал: «{{Тыныбекова}} полмира объехала, а ты в {{Балыкчы}} первенство проиграл».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Айпери Токтосунова|Токтосунова]], 19 лет, хочет вернуться в спорт тренером. Телефон через брата: [[phone:0 (555) 73-18-42]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Эрмек Асанбеков|Асанбеков]]: мама [[name:Жылдыз Асановна|Жылдыз]] просит справку для лицея, ПИН [[iin:12809200800451]], д.р. [[dob:28.09.2008]].",
            ),
            (
                9,
                ["referral"],
                "{{111}} — детский телефон доверия, и выдержки из {{Закона об охране и защите от семейного насилия}}: листовку повесили в раздевалке.",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{30 марта}}, футбол U-17, 13 пацанов. Тренер [[name:Нурлан Бекович|Нурлан]] на выезде, был его помощник [[first:Урмат]].",
            ),
            (
                1,
                ["quote"],
                "Скрин из командного чата (разрешили):\n[[nick:Бүркүт]]: пацаны сегодня тренинг вместо трени?\n[[nick:Компот]]: опять про чувства 🙄\n[[first:Тилек]]: нормально же было",
            ),
            (
                2,
                [],
                "Упражнение {{Красная карточка насилию}}: ситуации на карточках, поднимают красную, жёлтую или зелёную.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Компот]] ([[name:Эмир Исаков|Исаков]]): «если девушка ударила парня — это норм, она же слабая». Спорили.",
            ),
            (
                4,
                ["insight"],
                "[[nick:Ёжик]] ([[name:Данил Шевченко|Шевченко]]): родители развелись, живёт с отцом, мама в {{Новосибирске}}. «папа говорит, мама нас бросила».",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Бүркүт]]: «женщина должна знать своё место, так в {{Коране}}». Спросил, где именно. Не знает.",
            ),
            (
                6,
                ["quote"],
                "[[first:Урмат]] (помощник тренера, 23 года): «у меня жена в банке работает, я по вторникам с ребёнком сижу — и что?»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Данил]] хочет поговорить отдельно; папа [[name:Сергей Шевченко|Сергей]], [[phone:+996 700 512 348]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Айбек Сатыбалдиев|Сатыбалдиев]] живёт [[address:ул. Абдрахманова, напротив стадиона, пятиэтажка с аптекой на первом этаже, 3-й подъезд]].",
            ),
            (
                9,
                ["referral"],
                "{{111}} всем; ему — школьный психолог по четвергам.",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{13 апреля}}, борьба, 12 пацанов. [[nick:Чычкан]] пришёл с фингалом.",
            ),
            (
                1,
                [],
                "Начали с {{Термометра эмоций}}: у всех «нормально». [[first:Бекназар]]: «ноль».",
            ),
            (
                2,
                ["insight"],
                "После занятия [[first:Бекназар]] сказал: фингал не с тренировки. Отец, после того как он проиграл на первенстве в {{Чолпон-Ате}}. «сказал, что я позор семьи».",
            ),
            (
                3,
                [],
                "Говорили 20 минут. Он не хочет, чтобы знал тренер. Договорились сказать социальному педагогу школы [[name:Бермет Кубанычбековна|Бермет]].",
            ),
            (
                4,
                ["follow-up"],
                "Мама, [[name:Гүлнара Токтосунова|Гүлнара]], [[phone:0555 61 04 29]]. Позвонил, она плакала: «он и меня...».",
            ),
            (
                5,
                ["referral"],
                "Маме — кризисный центр в Караколе и {{112}}; [[first:Бекназару|Бекназар]] — {{111}}. Объяснил, что такое охранный ордер по {{Закону об охране и защите от семейного насилия}}.",
            ),
            (
                6,
                [],
                "С группой — упражнение {{Сильный не бьёт}}: истории спортсменов, которые ушли из спорта из-за тренеров-тиранов.",
            ),
            (
                7,
                ["quote"],
                "[[nick:Шайба]]: «меня отец тоже бил, и я нормальный вырос». Тишина. [[first:Тилек]]: «ты не нормальный, ты злой» — засмеялись все, даже он сам.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бекназар]]: адрес [[address:ул. Торобаева 47, за магазином «Береке», зелёные ворота]], ПИН [[iin:10704201000823]], д.р. [[dob:07.04.2010]].",
            ),
            (
                9,
                ["follow-up"],
                "Вечером написал соцпедагогу, она завтра сама позвонит маме.",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{20 апреля}}, родительское собрание в ДЮСШ: 9 родителей, 3 тренера, директор [[name:Айнура Асанбековна Жээнбекова|Жээнбекова]].",
            ),
            (
                1,
                [],
                "Были: [[name:Жылдыз Асановна|Жылдыз]] (мама [[first:Эрмека|Эрмек]]), [[name:Гүлнара Токтосунова|Гүлнара]], [[name:Канат Исаков|Исаков]] (папа [[nick:Компота|Компот]]), [[name:Чолпон Мамбетова|Мамбетова]] (мама [[first:Адилета|Адилет]]).",
            ),
            (
                2,
                [],
                "Упражнение {{Каким я был в 16}}: родители вспоминают себя в 16 лет.",
            ),
            (
                3,
                ["quote"],
                "[[first:Канат]]: «в 16 я уже пас овец на {{сырте}}, и никаких тренингов не было». Засмеялись все.",
            ),
            (
                4,
                ["resistance"],
                "[[name:Мирлан Сатыбалдиев|Мирлан]] (папа [[first:Айбека|Айбек]]): «вы учите наших пацанов быть слабыми». Тренер ответил лучше меня.",
            ),
            (
                5,
                ["quote"],
                "[[first:Таалайбек]]: «слабый — это тот, кто дома бьёт. сильный — тот, кто на ковре».",
            ),
            (
                6,
                ["insight"],
                "[[first:Гүлнара]] после собрания: муж в изоляторе после её заявления, «родственники давят, чтобы я забрала».",
            ),
            (
                7,
                ["referral"],
                "[[first:Гүлнаре|Гүлнара]] — юристы правовой клиники {{Адилет}}, бесплатно; {{112}} если придут домой.",
            ),
            (
                8,
                ["follow-up"],
                "Мама [[first:Адилета|Адилет]] хочет, чтобы он ходил в группу по четвергам: [[phone:+996 (772) 40-19-66]].",
            ),
            (
                9,
                ["follow-up"],
                "Директор [[surname:Жээнбекова]] даст зал в мае бесплатно, нужно письмо от {{ЮНФПА}}.",
            ),
        ],
    ),
    # Kaskelen youth house: the coordinator's notes in Russian
    (
        "ru",
        "Каскелен",
        [],
        [
            (
                0,
                [],
                "{{17 апреля}}, Дом молодёжи, малый зал, 12 парней. Волонтёр [[first:Эмили]] сегодня без переводчика, вела я.",
            ),
            (
                1,
                [],
                "Упражнение {{Линия мнений}}: «мужчина должен зарабатывать больше жены». 10 из 12 встали на «да».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Лимон]]: «у меня мама зарабатывает больше, и ничего, папа живой». Смех.",
            ),
            (
                3,
                ["quote"],
                "[[surname:Абишев]]: «это исключение». [[first:Тимур]]: «у половины здесь такое исключение».",
            ),
            (
                4,
                ["insight"],
                "[[first:Тимур]] после: отец ([[name:Марат Аскарович|Марат]]) запретил ему ходить, он говорит дома, что идёт на футбол. «не говорите ему, пожалуйста».",
            ),
            (
                5,
                [],
                "Разбирали {{Кодекс о браке (супружестве) и семье}}: алименты, раздел имущества. Никто не знал, что в отпуск по уходу за ребёнком может уйти отец.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Тимуру|Тимур]] отцу не звоним. Связь только через телеграм [[handle:@timur_akh09]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Максим]] ([[nick:Тормоз]]) снова не пришёл, мама [[name:Ирина Васильевна|Ирина]] говорит, он опять у дяди в гараже. Её номер [[phone:8 (72771) 2-33-18]].",
            ),
            (
                8,
                ["referral"],
                "{{150}} всем; ему — психолог [[name:Динара Куанышевна|Динара]] по средам.",
            ),
            (
                9,
                [],
                "Следующая встреча {{24 апреля}}, волонтёр покажет ролик.",
            ),
        ],
    ),
    (
        "ru",
        "Каскелен",
        [],
        [
            (
                0,
                [],
                "{{24 апреля}}, 14 парней, двое новых: [[first:Алишер]] и [[first:Олжас]].",
            ),
            (
                1,
                [],
                "Смотрели ролик {{ЮНФПА}} про отцов в декрете, потом обсуждение {{Папа тоже может}}.",
            ),
            (
                2,
                ["quote"],
                "[[name:Алишер Рахимов|Рахимов]]: «у нас в махалле в {{Ташкенте}} над таким папой смеялись бы». Переехал сюда год назад.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Губка]]: «а мой отчим вообще ничего не делал, только орал». Впервые при всех.",
            ),
            (
                4,
                ["insight"],
                "[[first:Ильяс]] после: отчим [[first:Вадим]] звонил маме, хочет вернуться. Мама думает.",
            ),
            (
                5,
                ["follow-up"],
                "Созвонилась с мамой [[first:Ильяса|Ильяс]], [[name:Гульнара Сериковна|Гульнара]], мобильный [[phone:+7 705 229 16 40]]. Рассказала про защитное предписание.",
            ),
            (
                6,
                ["referral"],
                "{{111}}, {{Закон о профилактике бытового насилия}}, кризисный центр в {{Алматы}}; ему — {{150}}.",
            ),
            (
                7,
                ["quote"],
                "[[name:Олжас Бекетов|Бекетов]]: «меня назвали в честь {{Олжаса Сулейменова}}, папа его стихи маме читал». Красиво.",
            ),
            (
                8,
                ["follow-up"],
                "Его номер [[phone:87786013522]], живёт [[address:мкр. Достык, у кольца, дом с красной крышей напротив автомойки «Сакен»]].",
            ),
            (
                9,
                ["follow-up"],
                "Новенький из Ташкента: мама [[name:Нодира Рахимова|Нодира]] хочет прийти на вечер для родителей, [[phone:+7 707 881 40 25]].",
            ),
        ],
    ),
    (
        "ru",
        "Каскелен",
        [],
        [
            (
                0,
                [],
                "{{8 мая}}, накануне {{Дня Победы}}, 11 парней. Дед [[first:Кирилла|Кирилл]] пришёл рассказать про армию.",
            ),
            (
                1,
                [],
                "Дед — [[name:Иван Степанович Власенко|Власенко]], 78 лет, служил в {{Афганистане}} прапорщиком.",
            ),
            (
                2,
                ["quote"],
                "[[name:Иван Степанович|Иван]]: «в армии я научился стирать и шить, жена потом удивлялась, а я ей рубашки гладил».",
            ),
            (
                3,
                [],
                "Упражнение {{Дерево мужчин моей семьи}}: кто чем занимался, кто плакал, кто обнимал.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Шуруп]]: «дед у нас мягкий, а папа нет». Дед кивнул.",
            ),
            (
                5,
                ["insight"],
                "[[first:Даурен]]: прадед погиб под {{Москвой}}, в {{Панфиловской дивизии}}. Бабушка до сих пор хранит письма.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Арсен]]: «война — мужское дело, поэтому мужчины главные». В ответ: «а {{Маншук}}?» Спор минут на 10.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Арсен]] ([[surname:Мамедов]]) — сертификат лидера, ИИН [[iin:080614503392]], д.р. [[dob:14.06.2008]]. Собирает на поездку в лагерь, Kaspi [[card:4400 4302 1187 6612]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Даурен]] на летнюю школу в {{Алматы}}: почта [[email:dauren.kenzhebaev@gmail.com]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}; Внук спрашивал про службу по контракту — дала контакты {{Молодёжного ресурсного центра}}.",
            ),
        ],
    ),
    (
        "ru",
        "Каскелен",
        [],
        [
            (
                0,
                [],
                "{{15 мая}}, {{Международный день семьи}}, 10 парней и 3 мамы.",
            ),
            (
                1,
                [],
                "Мамы: [[name:Светлана Викторовна|Светлана]], [[name:Айгуль Маратовна Ахметова|Ахметова]], [[name:Наталья Петровна|Наталья]].",
            ),
            (
                2,
                [],
                "Упражнение {{Интервью с мамой}}: сыновья спрашивают, о чём мама мечтала в 16.",
            ),
            (
                3,
                ["quote"],
                "[[name:Айгуль Маратовна|Айгуль]]: «я 20 лет не работала, муж не разрешал. [[first:Тимур]] первый сказал, что мне надо на курсы».",
            ),
            (
                4,
                ["quote"],
                "[[nick:Лимон]] маме: «мам, ты реально водишь лучше папы». Мама засмеялась до слёз.",
            ),
            (
                5,
                ["insight"],
                "[[first:Айгуль]] после: муж [[first:Марат]] узнал про группу, был скандал; она хочет уйти, боится за сына.",
            ),
            (
                6,
                ["referral"],
                "[[first:Айгуль]]: {{111}}, юрист {{Союза кризисных центров Казахстана}}, программа {{Бастау Бизнес}} для своего дела.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Айгуль]]: [[phone:+7 701 304 57 81]], писать в WhatsApp только после 10:00, когда муж уже на работе — он [[desc:заместитель акима Каскелена по делам молодёжи]].",
            ),
            (
                8,
                ["follow-up"],
                "С сыном договорились: пока с отцом не говорим. [[name:Жанна Болатовна|Жанна]] в курсе.",
            ),
            (
                9,
                [],
                "В конце мамы и сыновья пили чай; один сын сам пожарил {{баурсаки}}, мама не поверила.",
            ),
        ],
    ),
    # Tashkent mahalla: the facilitator's notes in Russian with Uzbek quotes
    (
        "ru",
        "Ташкент",
        [],
        [
            (
                0,
                [],
                "{{7 марта}}, махалля, {{Юнусабадский район}}, гузар, 15 парней {{15-19}}. Накануне {{8 Марта}}.",
            ),
            (
                1,
                [],
                "Упражнение {{Открытка маме}}: написать, за что благодарен. Половина написала «за плов».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Piyoz]] ([[name:Jasurbek To'xtasinov|To'xtasinov]]): «onamga gul olaman, lekin idish yuvmayman, bu ayolning ishi».",
            ),
            (
                3,
                ["quote"],
                "[[first:Умиджон]]: «а я помою. один раз можно». Все засмеялись, он тоже.",
            ),
            (
                4,
                ["insight"],
                "[[first:Шохжахон]] ([[nick:Мушук]], кот — потому что ночью не спит): мама уехала в {{Южную Корею}} на заработки, он с бабушкой.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Фаррух]] ([[surname:Эргашев]]): «женщина, которая одна уехала за границу, — позор для семьи». Тот вышел из зала.",
            ),
            (
                6,
                ["follow-up"],
                "Догнала его, поговорили на улице. Бабушка — [[name:Мукаррам Абдувалиева|Абдувалиева]], [[phone:+998 (71) 237-41-96]].",
            ),
            (
                7,
                ["follow-up"],
                "С [[surname:Эргашевым|Эргашев]] отдельно, без группы. Он не злой, он повторяет отца.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Умиджон Каримов|Каримов]] хочет в дебатный клуб, телеграм [[handle:@umid_karim08]].",
            ),
            (
                9,
                ["referral"],
                "Всем {{1146}}; контакты {{xotin-qizlar faoli}} махалли — [[name:Maftuna Sodiqova|Sodiqova]].",
            ),
        ],
    ),
    (
        "ru",
        "Ташкент",
        [],
        [
            (
                0,
                [],
                "{{28 марта}}, после {{Навруза}}, 13 парней. Председатель махалли [[name:Baxodir aka Qodirov|Qodirov]] зашёл на 15 минут.",
            ),
            (
                1,
                ["quote"],
                "[[first:Baxodir]] aka: «erkak — oila boshlig'i, lekin boshliq degani qo'l ko'taradigan degani emas». Парни слушали его лучше, чем меня.",
            ),
            (
                2,
                [],
                "{{Сумаляк}}: кто варит? «женщины, всю ночь». [[nick:Xo'roz]] сказал, что его папа мешал сумаляк до утра, и все удивились.",
            ),
            (
                3,
                [],
                "Читали отрывок из «{{O'tkan kunlar}}» {{Abdulla Qodiriy}}: {{Kumush}} и {{Otabek}}, вторая жена — что думают?",
            ),
            (
                4,
                ["quote"],
                "[[name:Ravshan Mirzayev|Mirzayev]]: «{{Отабек}} слабый, мать им командовала».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Фаррух]]: «вторая жена — по шариату можно». Спорили 10 минут; {{Oila kodeksi}} и {{статья 126 УК}}: многожёнство запрещено.",
            ),
            (
                6,
                ["insight"],
                "[[first:Ravshan]]: у отца вторая семья в {{Самарканде}}, мама знает и молчит. «я не хочу быть как он».",
            ),
            (
                7,
                ["follow-up"],
                "Его мама [[name:Gulchehra Xolmatova|Xolmatova]], [[phone:97-318-22-41]], живут [[address:Yunusobod 11-kvartal, 7-uy, 45-xonadon]].",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:Xo'roz]] ([[name:Abdulaziz Yo'ldoshev|Yo'ldoshev]]) в телеграме [[handle:@aziz_yoldosh]], хочет быть вожатым в летнем лагере.",
            ),
            (
                9,
                ["referral"],
                "{{1146}}; маме — юрист махалли по четвергам, бесплатно.",
            ),
        ],
    ),
    (
        "ru",
        "Ташкент",
        [],
        [
            (
                0,
                [],
                "{{18 апреля}}, гузар, 12 парней. Тема: деньги и работа женщин.",
            ),
            (
                1,
                [],
                "Упражнение {{Кошелёк семьи}}: кто зарабатывает, кто решает, на что тратить.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Kalkulyator]] ([[name:Islombek Qo'chqorov|Qo'chqorov]]), лучший в классе по математике: «кто больше зарабатывает, тот и решает». Потом посчитал — мама зарабатывает больше.",
            ),
            (
                3,
                ["insight"],
                "[[first:Islombek]]: мама — [[desc:единственная женщина-прораб в их строительной фирме на Юнусабаде]], отец водитель.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Bodring]] ([[name:Elyor Sattorov|Sattorov]]): «женщина-прораб? мужики её не слушают». Тот: «слушают, она громче кричит».",
            ),
            (
                5,
                ["quote"],
                "[[first:Elyor]]: «моя сестра [[first:Zulfiya]] хочет в IT, папа говорит — выйдешь замуж». Я напомнила про поэтессу {{Зульфию}}.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Zulfiya Sattorova|Sattorova]] — бесплатные курсы {{IT Park}} для девушек, её номер [[phone:+998 93 571 08 64]].",
            ),
            (
                7,
                ["follow-up"],
                "Для сертификата: д.р. [[dob:05.09.2008]], паспорт [[passport:AD 4418209]].",
            ),
            (
                8,
                ["referral"],
                "{{1146}}; сестре — {{Yoshlar ishlari agentligi}}, у них программа для девушек.",
            ),
            (
                9,
                [],
                "[[name:Nodirbek Hamidov|Hamidov]] предложил в конце апреля матч с девушками из колледжа. Записали.",
            ),
        ],
    ),
    # ---------------- kk (11) ----------------
    # Rural agrarian college near Taraz: the college psychologist types Kazakh in small letters, surnames alone
    # with case endings, a parents' chat; the last four sessions in the 2021 Latin letters (a new laptop)
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{4 наурыз}}, колледж, 2-курс мал дәрігерлері, 15 жігіт, {{16-18 жас}}. куратор [[name:салтанат әбенқызы|салтанат]] апай басында отырды.",
            ),
            (
                1,
                [],
                "жаттығу {{Нағыз жігіт}}: тақтаға «күшті», «жыламайды», «үй салады», «әйелін асырайды» деп жазды, біреуі «анасын тыңдайды» деп қосты.",
            ),
            (
                2,
                ["quote"],
                "[[nick:түйе]] ([[name:ерасыл сейітқұлов|сейітқұлов]]), топтың ең ұзыны: «апай, 8 наурыз қыздардың мерекесі ғой, бізге бұл сабақ не үшін?»",
            ),
            (
                3,
                ["insight"],
                "кейін [[first:ерасыл]] айтты: әкесі 8 наурызда анасына гүл әкеледі, ал қалған 364 күн ыдысты анасы жуады. өзі күлді, бірақ ойланып қалды.",
            ),
            (
                4,
                [],
                "{{Айша бибі}} туралы аңызды айттым: {{Қарахан}} оны сүйіп, кесене салдырған. жігіттер «ол нағыз еркек болған» деді.",
            ),
            (
                5,
                ["resistance"],
                "[[first:нұрдәулет]] ([[surname:бекболатов]]): «қыз бала мал дәрігері болмайды, сиыр тебеді». топта екі қыз оқитынын ұмытып кетті.",
            ),
            (
                6,
                ["quote"],
                "[[surname:бекболатовқа|бекболатов]] [[first:жандос]] жауап берді: «менің апам ветеринар, ол сиырды сенен жақсы ұстайды». бәрі ду күлді.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:ерасылдың|ерасыл]] анасы [[name:гүлмира сапарқызы|гүлмира]] хабарласты, тел. [[phone:8 702 318 45 90]]. ол үйде кішкентай інісіне қарайды екен.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:жандос әбдірахманов|әбдірахманов]] мерекелік концертке жүргізуші болғысы келеді, ЖСН [[iin:080917500843]].",
            ),
            (
                9,
                ["referral"],
                "бәріне {{150}} нөмірін бердім, [[first:салтанат]] апай топтық чатқа салады. колледж 8 наурызға {{салтанатты}} жиын дайындап жатыр.",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{11 наурыз}}, сол топ, 13 жігіт. [[first:мирас]] пен [[first:ақжол]] жоқ, ауылда той.",
            ),
            (
                1,
                [],
                "түгендеу: [[surname:сейітқұлов]] +, [[surname:бекболатов]] +, [[surname:әбдірахманов]] +, [[surname:тұрсынбаев]] –, [[surname:ысқақов]] –, [[surname:оспанқұл]] +, [[surname:дүйсенбиев]] +, қалғаны журналда.",
            ),
            (
                2,
                [],
                "жаттығу {{Үйдегі жұмыс бөлінісі}}: 20 іс, кім істейді? сиыр сауу — анасы, пішен — әкесі, нан пісіру — анасы, тезек жинау — балалар 😅",
            ),
            (
                3,
                ["quote"],
                "[[nick:балапан]] ([[first:әлихан]]): «біздің үйде әкем ыдыс жумайды, бірақ анам ауырғанда бәрін өзі істеді».",
            ),
            (
                4,
                ["insight"],
                "[[first:әлиханның|әлихан]] анасы қазір {{Таразда}} ауруханада жатыр, ол күнде автобуспен барады. сабақтан кейін жылап жіберді.",
            ),
            (
                5,
                ["quote"],
                "[[surname:оспанқұл]] ([[first:бекзат]]): «8 наурызда әкем анама алғаш рет гүл сыйлады, анам ұялып қалды».",
            ),
            (
                6,
                ["resistance"],
                "[[first:нұрдәулет]] тағы да: «ер адам үйдің шаруасын істесе, ауыл күледі». [[nick:түйе]] оған: «ауыл саған нан бермейді ғой».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:әлихан дүйсенбиев|дүйсенбиев]]: әкесі [[name:серік дүйсенбиев|серік]], тел. [[phone:+7 (747) 560 12 38]]. колледж жатақханасынан орын сұрау керек.",
            ),
            (
                8,
                ["referral"],
                "оған колледж психологы (мен) сәрсенбі сайын, қажет болса {{150}}. кураторға айттым.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:бекзат оспанқұл|оспанқұл]] стипендия қағаздарына: поштасы [[email:bekzat.ospanqul08@mail.ru]], туған күні [[dob:23.05.2008]].",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{18 наурыз}}, {{Наурыз}} алдындағы сабақ, 14 жігіт. колледж ауласында киіз үй тігіп жатыр екен.",
            ),
            (
                1,
                [],
                "жаттығу {{Наурыз дастарханы}}: көжені кім пісіреді, киіз үйді кім тігеді, асықты кім ойнайды.",
            ),
            (
                2,
                ["quote"],
                "[[name:мирас тұрсынбаев|тұрсынбаев]]: «біздің ауылда наурыз көжені әкем пісіреді, ол [[desc:ауылдағы жалғыз ер аспаз, тойларда ас беретін]]».",
            ),
            (
                3,
                [],
                "үш биді еске алдық: {{Төле би}}, {{Қазыбек би}}, {{Әйтеке би}}. [[first:ақжол]] «би тек ер адам болады» деді, мен {{Домалақ ана}} туралы айттым.",
            ),
            (
                4,
                ["insight"],
                "[[first:ақжол]] кейін: әпкесі [[first:аружан]] {{Алматыда}} оқуға түскісі келеді, әкесі «қыз бала алысқа бармайды» дейді.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:шойын]] ([[name:нұрлыбек әшімов|әшімов]]): «әкесі дұрыс айтады, қала қызды бұзады».",
            ),
            (
                6,
                ["quote"],
                "сосын өзі: «бірақ менің әпкем {{Шымкентте}} оқыды, ештеңе болған жоқ». өзімен өзі дауласып қалды 😄",
            ),
            (
                7,
                ["follow-up"],
                "[[first:ақжолдың|ақжол]] әпкесіне грант туралы ақпарат беру керек: тел. [[phone:8 775 901 24 66]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:ақжол ысқақов|ысқақов]] мекенжайы: [[address:аса ауылы, мешіттің арт жағы, көк қақпалы үй, алдында ескі «нива» тұрады]].",
            ),
            (
                9,
                [],
                "соңында бәріне «{{Наурыз}} құтты болсын!» деп тілек айттық. [[first:мирас]] бауырсақ әкеліпті.",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{1 сәуір}}, 1-курс тракторшы-механиктер, 12 жігіт, {{15-16 жас}}. жаңа топ, бірінші сабақ.",
            ),
            (
                1,
                [],
                "танысу {{Атым және бір қасиетім}}: [[first:бауыржан]] «батыл», [[first:ержігіт]] «жалқау» деді, бәрі күлді.",
            ),
            (
                2,
                ["quote"],
                "[[first:бауыржаннан|бауыржан]] сұрадым: атың {{Бауыржан Момышұлының}} құрметіне ме? «иә, атам қойған, бірақ мен батыр емеспін».",
            ),
            (
                3,
                [],
                "жаттығу {{Күш пен зорлық}}: күш қай жерде бітеді, зорлық қай жерде басталады? карточкалар.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:мысық]] ([[name:дархан мұқанов|мұқанов]]): «әйелді бір рет ұрса, ол зорлық емес, тәрбие». топ үнсіз қалды.",
            ),
            (
                5,
                ["quote"],
                "тек [[first:ержігіт]]: «менің әкем де солай дейді, бірақ анам одан қорқады».",
            ),
            (
                6,
                ["insight"],
                "сабақтан кейін [[name:ержігіт қалдыбаев|қалдыбаев]] қалды: әкесі ішсе, анасын ұрады, кеше де болған. «апай, ешкімге айтпаңызшы».",
            ),
            (
                7,
                ["follow-up"],
                "онымен келістік: анасымен бірге сөйлесеміз. анасы [[name:бақытгүл жұмабайқызы|бақытгүл]], тел. [[phone:87015540319]]. үйі [[address:аса, вокзал жағы, элеватордың қасындағы екі қабатты барақ, 3-пәтер]].",
            ),
            (
                8,
                ["referral"],
                "{{111}} және {{150}}; учаскелік инспектор тек анасының келісімімен. анасына {{Тұрмыстық зорлық-зомбылық профилактикасы туралы}} заңды түсіндірдім.",
            ),
            (
                9,
                ["follow-up"],
                "[[surname:мұқановпен|мұқанов]] бөлек сөйлесу керек, орынбасар [[name:мұрат ибраимұлы|мұрат]] ағаймен бірге.",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{8 сәуір}}, 2-курс, 12 жігіт, жаңбыр, автобус кешікті.",
            ),
            (
                1,
                ["quote"],
                "топ чатынан (рұқсатпен):\n[07:52] [[first:мирас]]: автобус жоқ па әлі\n[07:53] [[nick:түйе]]: мен жаяу келе жатырмын 🐪\n[07:55] [[first:нұрдәулет]]: апай 10 минут кешігеміз",
            ),
            (
                2,
                [],
                "жаттығу {{Ақша кімде?}}: отбасы бюджеті ойыны. көбісі «ақшаны әкем ұстайды» деді.",
            ),
            (
                3,
                ["quote"],
                "[[nick:қазан]] ([[first:жандос]], көп жейтіні үшін солай атайды): «біздің үйде ақшаны апам ұстайды, әкем айлығын соған береді».",
            ),
            (
                4,
                ["insight"],
                "[[first:нұрдәулет]] бірінші рет басқаша сөйледі: анасы {{Ресейге}} жұмысқа кеткеніне 3 жыл, әкесі «ол бізді тастады» дейді, ал анасы ай сайын ақша жібереді.",
            ),
            (
                5,
                [],
                "{{Ыбырай Алтынсарин}} «{{Кел, балалар, оқылық}}» деп жазған, қыздарға мектеп ашқан — оны да айттым.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:нұрдәулеттің|нұрдәулет]] анасы [[name:зәуре бекболатова|зәуре]], ресейлік нөмірі [[phone:+7 916 402 77 15]]. видео-қоңырау ұйымдастыру керек.",
            ),
            (
                7,
                ["referral"],
                "[[first:нұрдәулетке|нұрдәулет]] {{150}} және колледж психологы бейсенбі.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:әбдірахмановтың|әбдірахманов]] әкесі [[name:қайрат әбдірахманов|қайрат]] балаларды өз көлігімен жеткізді, нөмірі [[plate:482 AKM 08]] — сенімхат керек.",
            ),
            (
                9,
                [],
                "келесі сабақ {{22 сәуір}}, келесі аптада практика.",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{15 сәуір}}, 1-курс, 11 жігіт. [[first:ержігіт]] келді, көңілді.",
            ),
            (
                1,
                [],
                "жаттығу {{Қызыл жалау, жасыл жалау}}: қызға хат жазу, телефон тексеру, қызғаныш.",
            ),
            (
                2,
                ["quote"],
                "[[first:бауыржан]]: «қызым болса, телефонын тексеремін». [[nick:мысық]]: «сен өзің 15-тесің ғой» 😄",
            ),
            (
                3,
                ["insight"],
                "[[first:ержігіт]]: үйде тыныш, әкесі емделуге келісті, {{Тараздағы}} наркологқа барады.",
            ),
            (
                4,
                ["follow-up"],
                "оның анасы [[first:бақытгүл]] апай хабарласты: «рахмет, қызым». {{бақыт}} деген осы шығар.",
            ),
            (
                5,
                [],
                "жаңа бала [[name:темірлан сағындықов|сағындықов]] {{Түркиядан}} келген, онда әкесі құрылыста істейді.",
            ),
            (
                6,
                ["quote"],
                "[[first:темірлан]]: «{{Түркияда}} ер адамдар базарда шай құйып отырады, ешкім күлмейді».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:темірланның|темірлан]] құжаттары ауысуға: ЖСН [[iin:100204501167]], туған [[dob:2010 жылғы 4 ақпан]].",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:мысық]] бүгін сабақтан кейін орындықтарды жинауға көмектесті. [[surname:мұқановтың|мұқанов]] әкесі [[name:болат мұқанов|болат]] ертең келеді, [[phone:8 (7262) 45-18-09]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}, {{111}}; жаңа балаға колледждің тегін асханасы туралы айттым.",
            ),
        ],
    ),
    (
        "kk",
        "Аса",
        [],
        [
            (
                0,
                [],
                "{{22 сәуір}}, 2-курс, 13 жігіт. куратор [[first:салтанат]] апай ата-аналар чатынан хабарлар көрсетті:",
            ),
            (
                1,
                ["quote"],
                "[[name:гүлмира сапарқызы|гүлмира]]: апай рахмет, [[first:ерасыл]] кеше үйде тамақ пісірді 👍\n[[name:зәуре бекболатова|зәуре]]: [[first:нұрдәулетке|нұрдәулет]] сәлем айтыңызшы 🙏\n[[name:қайрат әбдірахманов|қайрат]]: жұмада балаларды мен апарамын",
            ),
            (
                2,
                [],
                "жаттығу {{Әкеме хат}}: әкесіне айта алмаған бір сөз.",
            ),
            (
                3,
                ["quote"],
                "[[nick:түйе]] хатында: «әке, сіз мені бір рет те құшақтаған жоқсыз».",
            ),
            (
                4,
                ["insight"],
                "[[first:бекзат]]: әкесі [[desc:аса ауылындағы жалғыз мал дәрігері, ауылдың бәрі танитын]], «сондықтан маған қателесуге болмайды».",
            ),
            (
                5,
                ["resistance"],
                "біреуі: «хат жазу бала-шағаның ісі». бірақ соңында жазды, бермей қалтасына салды.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:мирас]] жазғы практикаға: [[email:miras.tursynbaev@gmail.com]], [[phone:8 708 233 61 04]].",
            ),
            (
                7,
                ["referral"],
                "топқа {{150}}; [[first:нұрдәулетке|нұрдәулет]] анасымен видео-қоңырауға колледждің компьютер сыныбы.",
            ),
            (
                8,
                [],
                "келесі сабақтарды латынша жазамын, жаңа ноутбукте қазақша кириллица жоқ 🙄",
            ),
        ],
    ),
    (
        "kk",
        "Asa",
        [],
        [
            (
                0,
                [],
                "{{29 säuır}}, kolej, aspazdar tobynyñ 1-kursy, 12 jıgıt, {{15-17 jas}}. būl topta 5 qyz bar, bügın olar praktikada.",
            ),
            (
                1,
                [],
                "jattyğu {{Kım as pısıredı?}}: üide — anasy, toida — er aspaz. nege?",
            ),
            (
                2,
                ["quote"],
                "[[name:dias ömırzaq|ömırzaq]]: «üide tamaq pısıru äieldıñ ısı, al restoranda erkektıñ ısı, öitkenı onda aqşa bar».",
            ),
            (
                3,
                [],
                "ony [[nick:qasqyr]] dep ataidy, tısterı üşın 😄 özıne ūnaidy.",
            ),
            (
                4,
                ["insight"],
                "[[first:sūltan]] aitty: äkesı joq, anasy [[first:gülnar]] ekı jūmysta, ol üide ekı qaryndasyna tamaq pısıredı. «men aspaz bolamyn, anama kömek».",
            ),
            (
                5,
                [],
                "{{Beibarys sūltan}} turaly aittyq: qypşaq balasy, qūldyqtan bilıkke deiın. jıgıtter tañ qaldy.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:tas]] ([[name:erkebūlan jūmağali|jūmağali]]): «men aspaz bolmaimyn, men mūnda tek ekı jyl, sosyn {{Astanağa}} ketemın».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:sūltan]] ([[name:sūltan baimağambet|baimağambet]]): anasy, tel. [[phone:+7 701 982 40 15]]. äleumettık kömek qağazdary kerek.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:dias]]: JSN [[iin:090330500288]], tuğan künı [[dob:30 nauryz 2009]], jazğy lagerge.",
            ),
            (
                9,
                ["referral"],
                "topqa {{150}}; [[first:sūltanğa|sūltan]] audandyq äleumettık qorğau bölımınıñ mekenjaiy.",
            ),
        ],
    ),
    (
        "kk",
        "Asa",
        [],
        [
            (
                0,
                [],
                "{{6 mamyr}}, 2-kurs mal därıgerlerı, 14 jıgıt. {{Otan qorğauşylar künı}} men {{Jeñıs künı}} aldynda.",
            ),
            (
                1,
                [],
                "tügendeu: [[name:seiıtqūlov e.|seiıtqūlov]] +, [[name:bekbolatov n.|bekbolatov]] +, [[name:äbdırahmanov j.|äbdırahmanov]] +, [[name:tūrsynbaev m.|tūrsynbaev]] +, [[name:ysqaqov a.|ysqaqov]] –, [[name:düisenbiev ä.|düisenbiev]] +",
            ),
            (
                2,
                [],
                "jattyğu {{Atamnyñ soğysy}}: ärkım atasy turaly bır äñgıme. bırneşeuı äjesınıñ soğys kezınde traktor aidağanyn aitty.",
            ),
            (
                3,
                ["quote"],
                "[[first:erasyl]]: «menıñ äjemnıñ anasy soğysta traktorşy bolğan. al qazır men traktorşy bolsam, qyzdar küledı me?»",
            ),
            (
                4,
                [],
                "{{Hiuaz Dospanova}} turaly aittym: soğysta ūşqyş bolğan qazaq qyzy. eşkım bılmeidı eken.",
            ),
            (
                5,
                ["insight"],
                "[[nick:balapan]] ([[first:älihan]]) bügın köñıldı: anasy auruhanadan şyqty, «endı üide ydysty men juamyn».",
            ),
            (
                6,
                ["insight"],
                "[[first:nūrdäulet]]: anasy mamyrdyñ soñynda {{Reseiden}} oraluy mümkın, äkesı äzırge ündemeidı.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:älihannyñ|älihan]] anasy [[name:roza düisenbaeva|roza]] apai, [[phone:8 705 118 90 27]], rahmet aitty.",
            ),
            (
                8,
                ["insight"],
                "[[first:aqjoldyñ|aqjol]] äpkesı [[first:arujan]] {{Almatyğa}} grantqa tüstı! äkesı aqyry kelıstı.",
            ),
            (
                9,
                ["referral"],
                "topqa {{150}}; [[first:nūrdäuletke|nūrdäulet]] anasymen söilesu üşın kolej kompiuter synyby seisenbı künı.",
            ),
        ],
    ),
    (
        "kk",
        "Asa",
        [],
        [
            (
                0,
                [],
                "{{13 mamyr}}, 1-kurs traktorşy-mehanikter, 11 jıgıt. [[first:bauyrjannyñ|bauyrjan]] tuğan künın toiladyq, tort äkeldı.",
            ),
            (
                1,
                [],
                "jattyğu {{Qyzğanyş pa, mahabbat pa?}}: jağdailar kartada.",
            ),
            (
                2,
                ["quote"],
                "[[nick:mysyq]]: «qyz jıgıtıne telefonyn beruı kerek, bolmasa bır närse jasyryp jür». [[first:erjıgıt]]: «al sen öz telefonyñdy beresıñ be?»",
            ),
            (
                3,
                ["insight"],
                "ol üidegı jağdai turaly: äkesı emdelıp jatyr, ışpeidı, «bıraq anam älı de qorqady».",
            ),
            (
                4,
                ["quote"],
                "[[first:temırlan]]: «{{Türkiiada}} qyzdar da ınjener bolady, bızde nege bolmaidy?»",
            ),
            (
                5,
                [],
                "{{Bauyrjan Momyşūly}} turaly fılmnen üzındı kördık. [[first:bauyrjanğa|bauyrjan]] qatty ūnady.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:mysyq]] ([[surname:mūqanov]]): «ol soğys, al qazır basqa zaman, äiel üide otyruy kerek».",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:mūqanovtyñ|mūqanov]] äkesı [[first:bolat]] keldı, söilestık: «ūl bala qatal boluy kerek» dedı, bıraq tyñdady. tel. [[phone:8 (7262) 45-18-09]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:erjıgıt]] jazğy jūmysqa: [[address:asa auyly, elevatordyñ qasyndağy ekı qabatty baraq, 3-päter]], tuğan künı [[dob:11.10.2009]], JSN [[iin:091011500954]].",
            ),
            (
                9,
                ["referral"],
                "onyñ anasy üşın {{111}} jäne audandyq dağdarys ortalyğy.",
            ),
        ],
    ),
    (
        "kk",
        "Asa",
        [],
        [
            (
                0,
                [],
                "{{20 mamyr}}, soñğy sabaq, üş top bırge, 24 jıgıt, akt zalynda. direktordyñ orynbasary [[name:mūrat ibraimūly|mūrat]] ağai sertifikat berdı.",
            ),
            (
                1,
                [],
                "8/8 sabaqqa kelgender: [[name:seiıtqūlov erasyl|seiıtqūlov]], [[name:ömırzaq dias|ömırzaq]], [[name:qaldybaev erjıgıt|qaldybaev]], [[name:sağyndyqov temırlan|sağyndyqov]], tağy 11 jıgıt.",
            ),
            (
                2,
                ["quote"],
                "[[nick:tüie]] ([[first:erasyl]]): «apai, men endı üide ydys juamyn, äkem de bastady» 😄",
            ),
            (
                3,
                [],
                "jattyğu {{Mağan ne özgerdı?}}: ärkım bır sözben.",
            ),
            (
                4,
                ["quote"],
                "[[first:arman]] ([[name:arman seiıtov|seiıtov]]): «menıñ {{armanym}} — öz ashanam, qyzdar da, ūldar da jūmys ısteitın».",
            ),
            (
                5,
                ["insight"],
                "[[first:aibar]] keiın aitty: ağasy äielınıñ telefonyn tekserıp, ony ūrğan, ol özı kördı. «apai, men ağama ne aitamyn?»",
            ),
            (
                6,
                ["follow-up"],
                "[[name:aibar näbiev|näbiev]]: tel. [[phone:8 771 415 02 93]], telegram [[handle:@aibar_asa09]].",
            ),
            (
                7,
                ["referral"],
                "oğan {{111}} jäne {{150}}, ağasynyñ äielıne berse dep. jazda da mağan jazuğa bolady.",
            ),
            (
                8,
                [],
                "soñynda bärı «{{Menıñ Qazaqstanym}}» änın aitty, [[first:bauyrjan]] dombyrada oinady.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:saltanat]] apai jazğy lagerge tızım jasaidy, bes jıgıt jazyldy.",
            ),
        ],
    ),
    # ---------------- mixed (7), typed in the Russian workshop ----------------
    # Karakol sports school, mixed: Kyrgyz in small letters with Russian, team chat, case endings on names
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{27-апрель}}, каракол, ДЮСШ, күрөш тобу, 13 бала. тренер [[first:таалайбек]] байке жок, жарышта.",
            ),
            (
                1,
                [],
                "көнүгүү {{Эркек ыйлабайт?}}: ким качан ыйлаган? көпчүлүгү «эч качан» деди, [[nick:чычкан]] «кечээ» деди.",
            ),
            (
                2,
                ["quote"],
                "[[first:бекназар]]: «атам азыр үйдө жок, үй тынч». уже спокойнее, чем две недели назад.",
            ),
            (
                3,
                [],
                "{{Айтматовдун}} «{{Биринчи мугалим}}»: {{Алтынай}} жана {{Дүйшөн}}. [[first:тилек]]: «{{Дүйшөн}} чыныгы эркек, кызды окутту».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:шайба]]: «{{Алтынайды}} зордук менен алып кетишкен, бул кино, турмушта андай жок». [[first:адилет]]: «бар, менин таежемди ошентип алып кетишкен».",
            ),
            (
                5,
                ["insight"],
                "[[first:адилеттин|адилет]] таежеси [[first:нургүл]] 17 жашында уурдалган ({{ала качуу}}), азыр {{Москвада}}. «ал айылга эч качан келбейт».",
            ),
            (
                6,
                [],
                "{{Кылмыш-жаза кодекси}}: кыз ала качуу үчүн 7-10 жыл. балдар билбейт экен, [[first:эрмек]] «ушунчалыкпы?» деди.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:адилет]] ([[name:адилет мамбетов|мамбетов]]) тел. [[phone:0700 55 21 87]], апасы менен сүйлөшүү керек.",
            ),
            (
                8,
                ["referral"],
                "баарына {{111}}; ага мектеп психологу, бейшемби.",
            ),
            (
                9,
                ["quote"],
                "в конце говорили про {{адилет}} — справедливость: үйдө {{адилеттүүлүк}} барбы? [[first:адилет]] күлдү: «мен [[first:адилетмин|адилет]] да, мага баары {{адилет}}» — последнее слово он сказал как «справедливо».",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{4-май}}, футбол U-17, 12 бала, тренер [[name:нурлан бекович|нурлан]] агай.",
            ),
            (
                1,
                ["quote"],
                "«U-17 Каракол ⚽» ватсаптан:\n[[nick:бүркүт]]: бүгүн тренинг барбы\n[[first:урмат]] байке: ооба, 17:00дө\n[[nick:аюу]]: мен апамды ооруканага алып барам, кечигем",
            ),
            (
                2,
                [],
                "көнүгүү {{Үйдөгү жумуш}}: ким эмне кылат? суу ташуу, отун — балдар; тамак, кир — апалар, эжелер.",
            ),
            (
                3,
                ["quote"],
                "[[nick:аюу]] ([[name:байэл дүйшөнбеков|дүйшөнбеков]]): «апам ооруп калды, эми тамакты мен бышырам, эжем окуйт». молодец.",
            ),
            (
                4,
                ["insight"],
                "[[first:байэлдин|байэл]] эжеси [[first:мээрим]] {{Бишкекте}} медколледжде окуйт; атасы «окууну таштап үйгө кел» деп жатат.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:компот]]: «эжеси окуса, ким тамак жасайт? [[first:байэл]] кыз эмес да». жардамчы тренер: «мен жасайм, мен кызмынбы?»",
            ),
            (
                6,
                [],
                "аягында ар ким бир сөз: «{{мээрим}}», «{{сый}}», «{{теңдик}}». [[nick:компот]] «тамак» деди 😄",
            ),
            (
                7,
                ["follow-up"],
                "анын апасы [[name:бактыгүл дүйшөнбекова|бактыгүл]] ооруканада. тел [[phone:+996 550 27 84 13]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:мээримге|мээрим]] стипендия боюнча маалымат жиберем: [[email:meerim.d07@gmail.com]].",
            ),
            (
                9,
                ["referral"],
                "баарына {{111}}; ага социалдык педагог [[first:бермет]] эже.",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        [],
        [
            (
                0,
                [],
                "{{11-май}}, акыркы сабак, күрөш жана футбол бирге, 22 бала. директор [[surname:жээнбекова]] келди.",
            ),
            (
                1,
                [],
                "сертификат алгандар: [[name:токтосунов бекназар|токтосунов]], [[name:асанбеков эрмек|асанбеков]], [[name:курманалиев тилек|курманалиев]], [[name:шевченко данил|шевченко]], [[name:лобанов артём|лобанов]].",
            ),
            (
                2,
                [],
                "көнүгүү {{Мен өзгөрдүмбү?}}: ар ким бир сүйлөм.",
            ),
            (
                3,
                ["quote"],
                "[[nick:чычкан]]: «азыр атам үйдө жок, апам экөөбүз тынч жашайбыз. коркпойм».",
            ),
            (
                4,
                [],
                "{{Манас}} жана {{Каныкей}}: {{Каныкей}} акылдуу, {{Манас}} аны угат. [[first:эмир]]: «ошон үчүн жеңген да».",
            ),
            (
                5,
                ["quote"],
                "[[nick:шайба]] акырында: «мен карындашымды эч кимге ала качтырбайм». все захлопали.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:тилек]] жайкы лагерь үчүн: ПИН [[iin:11503200900123]], туулган күнү [[dob:15.03.2009]], тел. [[phone:0700 318 264]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:артём]] ([[handle:@lobanov_art]]) peer leader болот, жардамчы тренер менен бирге.",
            ),
            (
                8,
                ["quote"],
                "[[first:нурсултан]] ([[name:нурсултан жапаров|жапаров]]) {{Чолпон-Атадагы}} турнирде 1-орун алды. «{{Садыр Жапаров}} менин байкем эмес» деп күлдү.",
            ),
            (
                9,
                ["referral"],
                "ар бир балага {{111}} жана {{Адилет}} укуктук клиникасынын карточкасы.",
            ),
        ],
    ),
    # Tashkent mahalla, mixed: Uzbek Latin with o' g' typed several ways, Russian lines in between
    (
        "ru",
        "Toshkent",
        [],
        [
            (
                0,
                [],
                "{{11-aprel}}, Bog‘ishamol mahallasi, guzar, 13 yigit. Aralash: o‘zbekcha + ruscha.",
            ),
            (
                1,
                [],
                "Mashq {{Qizil chiziq}}: qayerda g‘amxo‘rlik tugaydi, nazorat boshlanadi? Telefon tekshirish, kiyim tanlash.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Mushuk]]: «singlimning telefonini tekshiraman, bu mening burchim». — его сестре 14.",
            ),
            (
                3,
                ["insight"],
                "[[first:Shohjahon]] keyin: onasi {{Koreyadan}} har kuni qo‘ng‘iroq qiladi, buvisi esa uni «erkak bo‘l» deb urishadi.",
            ),
            (
                4,
                [],
                "Gaplashdik: {{Xotin-qizlarni tazyiq va zo‘ravonlikdan himoya qilish to‘g‘risidagi qonun}}, nazorat ham zo‘ravonlik bo‘lishi mumkin.",
            ),
            (
                5,
                ["quote"],
                "[[first:To`lqin]]: «nazorat qilmasang, qiz yo`ldan ozadi». [[first:Umidjon]]: «а ты за собой следи».",
            ),
            (
                6,
                ["resistance"],
                "[[name:To`lqin Abdurahmonov|Abdurahmonov]] обиделся, вышел на 5 минут, потом вернулся и сел рядом с ним.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Shohjahonning|Shohjahon]] buvisi [[name:Mukarram Abduvaliyeva|Mukarram]] opa bilan gaplashish kerak: [[phone:+998 (71) 237-41-96]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:To`lqin]] uyi [[address:Bodomzor metrosi yonida, «Safia» kafesining orqasidagi sariq darvozali hovli]].",
            ),
            (
                9,
                ["referral"],
                "{{1146}}; [[first:Shohjahonga|Shohjahon]] maktab psixologi [[name:Lola Karimovna|Lola]] opa. Keyingi hafta {{lola sayli}}, guzarda.",
            ),
        ],
    ),
    (
        "ru",
        "Toshkent",
        [],
        [
            (
                0,
                [],
                "{{2-may}}, guzar, 12 yigit, ikki yangi: [[first:Bekmurod]] va [[first:Sanjarbek]].",
            ),
            (
                1,
                ["quote"],
                "Telegram guruhdan (ruxsat bilan):\n[21:14] [[nick:Xo‘roz]]: ertaga soat nechida?\n[21:15] [[first:Nodirbek]]: 17:00, guzarda\n[21:15] [[nick:Kalkulyator]]: я приду с [[first:Bekmurod]]ом",
            ),
            (
                2,
                [],
                "Mashq {{Ota bo‘lish}}: birinchi kun, tun, kasalxona, bog‘cha.",
            ),
            (
                3,
                ["quote"],
                "[[name:Bekmurod Sobirov|Sobirov]]: «ota bolani ko‘tarmaydi, bu buvining ishi». А потом рассказал, что сам нянчит племянника.",
            ),
            (
                4,
                ["insight"],
                "[[first:Sanjarbek]]: akasi [[first:Jamshid]] xotinini telefon orqali kuzatadi, GPS qo‘ygan. «bu normalmi, opa?»",
            ),
            (
                5,
                [],
                "{{Alisher Navoiy}}, «{{Farhod va Shirin}}»: {{Farhod}} ishq uchun tog‘ qazidi, lekin {{Shirinni}} majburlamadi.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Bodring]]: «{{Farhod}} ahmoq edi». Hammasi kuldi, потом всё-таки поспорили.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Sanjarbek Ro‘ziev|Ro‘ziev]]: tel. [[phone:88 614 20 57]]; yangasiga yordam kerak bo‘lsa {{1146}}.",
            ),
            (
                8,
                ["insight"],
                "[[first:Jamshidning|Jamshid]] xotini [[first:Dildora]] — [[desc:mahalladagi yagona ayol stomatolog, guzar oldidagi klinikada]].",
            ),
            (
                9,
                ["referral"],
                "Ukasiga maktab psixologi; [[first:Dildora]] uchun {{1146}} va {{Mahalla va oilani qo‘llab-quvvatlash vazirligi}} yuristi.",
            ),
        ],
    ),
    (
        "ru",
        "Toshkent",
        [],
        [
            (
                0,
                [],
                "{{16-may}}, oxirgi mashg`ulot, 15 yigit, ota-onalar ham keldi.",
            ),
            (
                1,
                [],
                "Sertifikat ro‘yxati: [[name:To‘xtasinov J.|To‘xtasinov]], [[name:Abduvaliyev Sh.|Abduvaliyev]], [[name:Karimov U.|Karimov]], [[name:Ergashev F.|Ergashev]], [[name:Sattorov E.|Sattorov]], [[name:Qoʻchqorov I.|Qoʻchqorov]] va yana 5 kishi.",
            ),
            (
                2,
                [],
                "Mashq {{5 yildan keyin men}}: har kim o‘zini tasvirladi.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Piyoz]]: «besh yildan keyin uylanaman, xotinim ishlaydi, agar xohlasa». Onasi yig`lab yubordi.",
            ),
            (
                4,
                ["quote"],
                "[[first:Farrux]]: «я не со всем согласен, но понял, что крик — это не сила». Прогресс.",
            ),
            (
                5,
                ["insight"],
                "[[first:Ravshanning|Ravshan]] onasi [[name:Gulchehra Xolmatova|Gulchehra]] opa: otasi ikkinchi oilasiga ketdi, ular endi tinch. «o‘g‘lim menga suyanch».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Gulchehra]] opaga ish masalasida {{Ayollar daftari}} orqali yordam, mahalla raisi bilan gaplashaman.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Temurbek]]: singlisi [[first:Malika]] unashtiruvni kechiktirdi, universitetga tayyorlanadi 🎉. Repetitor uchun uning pochtasi [[email:malika.nazarova09@mail.ru]].",
            ),
            (
                8,
                ["referral"],
                "Hammaga {{1146}} va mahalla {{yoshlar yetakchisi}} [[first:Sherzod]] aka raqami: [[phone:+998 90 117 52 84]].",
            ),
            (
                9,
                [],
                "Oxirida {{Erkin Vohidovning}} «{{O‘zbegim}}» she’ridan o‘qishdi, bir yigit yoddan aytdi.",
            ),
        ],
    ),
    # Kaskelen youth house, mixed: the coordinator and the volunteer in one log, Russian and English
    (
        "ru",
        "Каскелен",
        [],
        [
            (
                0,
                [],
                "{{22 мая}}, last session, итоговая. 13 guys; [[first:Эмили]] уезжает домой в {{Канзас}} через неделю.",
            ),
            (
                1,
                [],
                "Roll for the certificates: [[name:Ахметов Т.|Ахметов]], [[name:Власенко К.|Власенко]], [[name:Мамедов А.|Мамедов]], [[name:Нургалиев И.|Нургалиев]], [[name:Осипенко М.|Осипенко]] + 8 more — all got one.",
            ),
            (
                2,
                [],
                "Exercise {{Письмо себе через 5 лет}} / {{Letter to Myself in Five Years}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Tormoz]] read his out loud: «дорогой я, надеюсь, ты не стал как дядя». Nobody laughed.",
            ),
            (
                4,
                ["quote"],
                "[[first:Sanzhar]]: «I learned that jealousy is not love» — in English, specially for our volunteer.",
            ),
            (
                5,
                ["insight"],
                "[[nick:Губка]]: мама подала на развод. «it's quiet now, I sleep».",
            ),
            (
                6,
                ["follow-up"],
                "Group chat stays open over summer, admins [[first:Arsen]] и [[first:Даурен]]. Invite link: [[link:t.me/+Rk4vQ9LmZt1hNzEy]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Emily]]'s email for anyone who wants a reference letter: [[email:emily.harlan.pc@gmail.com]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}} and the youth house psychologist on Wednesdays over the summer.",
            ),
            (
                9,
                [],
                "Everyone signed a flag for [[first:Emily]]; [[nick:Лимон]] wrote «come back to {{Kazakhstan}}», someone drew a bike.",
            ),
        ],
    ),
]
