# Synthetic facilitator notes for the e2e anonymization check (twenty-fifth set).
# All people, numbers, addresses, accounts are INVENTED. Public figures appear only as public figures.
# Setting: one autumn cycle (September to November) in four places: a Kyzylorda vocational lyceum (Kazakh
# Cyrillic in small letters, on some days without the Kazakh letters, surnames in -ұлы/-ов alone and with case
# endings; a Russian-writing social pedagogue), a Jalal-Abad youth centre (Kyrgyz, Uzbek and Russian in one note;
# mothers and grandmothers with kin words), a Dushanbe student dormitory club (Tajik with and without Ӣ Ӯ Ҳ Ҷ,
# Russian, English; rooms and blocks), an Astana group (WhatsApp/Telegram lines pasted in, Kazakh in the 2021
# Latin letters, English).
SESSIONS = [
    # ---------------- en (11) ----------------
    # Astana group: the facilitator's English log, WhatsApp/Telegram lines pasted in, Kazakh in the 2021 Latin letters
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{9 September}}, Astana, youth resource centre on the left bank, first meeting of the autumn cycle. 14 guys {{17-22}}, most from colleges, three from {{Gumilyov Eurasian National University}}. Co-facilitator [[name:Aruzhan Temirkhanovna Seitova|Seitova]] ran the sign-in.",
            ),
            (
                1,
                [],
                "Group rules: the pinned message from our WhatsApp, pasted as it is: «[09.09, 18:42] [[name:Aruzhan Seitova|Aruzhan]]: sabaq 19:00-de, keşıkpeñızder 🙏 telefondar sebetke».",
            ),
            (
                2,
                [],
                "Warm-up {{Two Truths and a Lie}}. [[first:Nurbol]]'s lie was «I can cook beshbarmak»; nobody believed the truth, that he irons his sister's school uniform every morning.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Printer]] — that's [[name:Nurbol Zhaksylykov|Zhaksylykov]], he prints everything for the group for free at his uncle's copy shop — «ağa, erkek adam ütıktemeidı», he said about himself, and laughed first.",
            ),
            (
                4,
                [],
                "Exercise {{Four Corners}}: «a man should earn more than his wife» — agree, disagree, not sure, depends. 9 in «agree».",
            ),
            (
                5,
                ["quote"],
                "[[first:Dinmukhammed]] — everyone calls him [[nick:Dimash]], and yes, he sings — «if she earns more, what am I for?»",
            ),
            (
                6,
                ["insight"],
                "Later, by the lifts, he told me his mum earns more than his dad (she works in {{South Korea}} on a contract) and his dad drinks in the weeks when she sends money.",
            ),
            (
                7,
                ["resistance"],
                "[[name:Temirlan Ospanov|Ospanov]]: «gender is a grant word». I asked who raised him. «apam» — his grandmother, in a village near {{Semei}}, eight children, cattle, a tractor licence.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Temirlan]] wants to be on the debate team; WhatsApp [[phone:+7 708 412 90 37]].",
            ),
            (
                9,
                ["follow-up"],
                "Pasted from the chat after the session: «[09.09, 21:16] [[name:Yerassyl Dauletkeldi|Yerassyl]]: apai kelesı joly dosymdy alyp kelsem bola ma? [[first:Madi]] degen, kurer bop jūmys ısteidı».",
            ),
            (
                10,
                ["referral"],
                "{{150}} and {{111}} in the pinned message; the centre's psychologist [[name:Gaukhar Yerlanovna Bekova|Gaukhar]] is in on Tuesdays.",
            ),
        ],
    ),
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{16 September}}, 15 guys, two new: [[first:Madi]] (the courier friend) and [[first:Abylai]]. Topic: money — who pays, who decides.",
            ),
            (
                1,
                [],
                "Exercise {{Who Pays?}}: first date, rent, a wedding, the kids' kindergarten. Every card went to «the man» except the kindergarten.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Moto]] — [[name:Madi Amangeldi|Amangeldi]], he delivers on a motorbike for {{Wolt}} ten hours a day — «if she earns more, I will feel like a zero».",
            ),
            (
                3,
                ["insight"],
                "He supports his mum and two sisters since his father left for {{Aktau}}; he said it flat, like a weather report.",
            ),
            (
                4,
                ["quote"],
                "[[first:Abylai]]: «I'm named after {{Abylai Khan}}, so I must be the boss at home» — half a joke. [[nick:Shala]] answered in Russian: «хан без казны — просто [[first:Абылай]]».",
            ),
            (
                5,
                [],
                "Who is [[nick:Shala]]: [[name:Ansar Kaliyev|Kaliyev]], grew up in {{Kostanay}}, speaks Russian and says his Kazakh is «{{shala}}» — half. His word, he is fine with it.",
            ),
            (
                6,
                [],
                "The budget game went on in the group chat (Telegram), pasted: «[[name:Yerassyl Dauletkeldi|Yerassyl]] ☕: men 250 myñ alamyn, 100-ı päterge» / «[[first:Nurbol]]: al qyzdar she?» / «[[first:Aruzhan]] (admin): qyzdar da jūmys ısteidı, [[first:Nurbol]] 😉».",
            ),
            (
                7,
                ["resistance"],
                "[[name:Zhanibek Sadykov|Sadykov]]: «the {{Quran}} says the man provides». [[first:Alibek]], who prays too, said the Prophet's wife {{Khadija}} was a trader who hired him. Quiet for a while.",
            ),
            (
                8,
                ["referral"],
                "{{150}}; for work, {{Enbek.kz}} and the centre's job board on Fridays.",
            ),
        ],
    ),
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{30 September}}, 13 guys. Rain, half came late. [[nick:Latte]] brought coffee from his café for everyone.",
            ),
            (
                1,
                [],
                "Who [[nick:Latte]] is: [[first:Yerassyl]], a barista in {{Khan Shatyr}}; the name stuck in week one and he likes it.",
            ),
            (
                2,
                [],
                "Exercise {{Phone Check}}: «she asks for your password», «you share location», «he reads her chats» — okay, not okay, depends.",
            ),
            (
                3,
                ["quote"],
                "[[first:Temirlan]]: «if she hides her phone, she has someone, 100%».",
            ),
            (
                4,
                ["quote"],
                "[[first:Dinmukhammed]] showed a WhatsApp from his girlfriend, pasted as he showed it: «[29.09, 23:51] [[first:Tomiris]] 💔: qaida sen? nege onlain emessıñ? 15 minut jauap bermeseñ bıttı». He said «she loves me a lot».",
            ),
            (
                5,
                [],
                "We talked about queen {{Tomiris}}: «she didn't ask where {{Cyrus}} was, she just beat him». Laughter.",
            ),
            (
                6,
                ["insight"],
                "After the circle he stayed: she checks his location every hour, took his phone at a party and posted from his Instagram [[handle:@dimash.erg_04]]. He does the same to her. «we are even».",
            ),
            (
                7,
                [],
                "Read from {{Abai}}'s {{Book of Words}}, the part about love and friendship; [[first:Ansar]] read it in Russian, [[first:Nurbol]] in Kazakh.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Dinmukhammed Ergaliyev|Ergaliyev]] lives [[address:in the grey nine-storey block behind the Mega Silk Way parking, entrance 3, the one with the broken intercom]]; mum's number [[phone:+7 701 228 15 94]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}, and the {{NeMolchi.kz}} chat-bot for her if she ever needs it. He laughed, but saved it.",
            ),
        ],
    ),
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{14 October}}, 14 guys and [[first:Aruzhan]] apai. Topic: fathers.",
            ),
            (
                1,
                [],
                "Exercise {{Letter to My Father}}: write it, don't send it. Some wrote two lines, [[nick:Shala]] wrote two pages in Russian.",
            ),
            (
                2,
                ["quote"],
                "[[first:Ansar]]: «папа, я не злюсь, что ты ушёл. я злюсь, что ты говоришь маме, что это она виновата».",
            ),
            (
                3,
                ["insight"],
                "[[first:Zhanibek]] read nothing. After: his father hits his mother «when he loses at cards»; last Saturday he pulled him off her. He has a cut on his hand. He asked me not to call anyone yet.",
            ),
            (
                4,
                ["follow-up"],
                "With his OK, told [[first:Gaukhar]] Yerlanovna. Mum [[name:Saule Muratovna Sadykova|Saule]], he gave her number: [[phone:8 702 917 33 48]]. They live [[address:in the old two-storey barracks by the railway station, the block with the blue shop «Айгерім» on the corner]].",
            ),
            (
                5,
                ["referral"],
                "For the mum: the {{Union of Crisis Centres of Kazakhstan}}, police {{102}} only with her consent, and what the new {{Law on Ensuring the Rights of Women and the Safety of Children}} changed; for him {{150}}.",
            ),
            (
                6,
                [],
                "Her message to me at 22:10, pasted with his consent, for the record: «[14.10, 22:10] [[name:Saule S.|Saule]]: rahmet qaraqtarym üşın, men özım habarlasamyn».",
            ),
            (
                7,
                ["quote"],
                "[[nick:Dimash]] sang two lines of «{{Daididau}}» at the end; everyone clapped. The first time the room was soft.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Zhanibek]], certificate form: IIN [[iin:060521550917]], born [[dob:21 May 2006]].",
            ),
        ],
    ),
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{4 November}}, 12 guys. Topic: consent and photos. Trigger: a Telegram channel where girls' photos from a college are posted.",
            ),
            (
                1,
                [],
                "Exercise {{Yes, No, Maybe}}: situations on cards, they stand where they think.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Moto]]: «if she sent it to him, she agreed». Half the room nodded.",
            ),
            (
                3,
                [],
                "[[first:Alibek]] showed me the channel (he has left it), pasted: «[03.11, 01:12] [[handle:@qyzdar_kolledzh_ast]]: jaña fotolar 🔥 kımdı tanisyñdar?»",
            ),
            (
                4,
                ["insight"],
                "[[first:Alibek]]: his cousin [[first:Dana]] is in one of the photos. She is 16, [[desc:the only girl in the welding group of her college]], and since then she doesn't go to classes.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Temirlan]]: «she shouldn't have sent it». [[first:Yerassyl]]: «she sent it to one boy, not to three thousand».",
            ),
            (
                6,
                [],
                "We read what the {{Criminal Code}} says about spreading intimate images; nobody knew it was a crime.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Alibek]] will report the channel with me to {{Telegram}} and to the police; his aunt [[name:Gulnur Bekovna|Gulnur]] agreed: [[phone:8 (7172) 54-29-80]].",
            ),
            (
                8,
                ["referral"],
                "For [[first:Dana]]: {{150}}, {{111}} and her college psychologist.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Yerassyl Dauletkeldi|Dauletkeldi]] joins the peer team; email [[email:yerassyl.dk@gmail.com]].",
            ),
        ],
    ),
    (
        "en",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{25 November}}, last session of the cycle and the first of the {{16 Days of Activism}}. 15 guys and 4 girls from the partner group.",
            ),
            (
                1,
                [],
                "Roll call for the certificates: [[name:Zhaksylykov N.|Zhaksylykov]] ✔, [[name:Ospanov T.|Ospanov]] ✔, [[name:Amangeldi M.|Amangeldi]] ✔, [[name:Beisenov R.|Beisenov]] ✘ (in {{Almaty}} at a tournament), the other twelve ✔.",
            ),
            (
                2,
                [],
                "Exercise {{Orange the World}}: each wrote one thing he'll do differently, on orange paper.",
            ),
            (
                3,
                ["quote"],
                '[[nick:Latte]]: «I will stop saying "don\'t cry like a girl" to my little brother».',
            ),
            (
                4,
                ["quote"],
                "[[first:Zhanibek]]: «my mum went to the crisis centre. we live at my aunt's now. it's small but nobody shouts».",
            ),
            (
                5,
                ["quote"],
                "[[nick:Shala]], in Kazakh for the first time in the cycle: «men endı qazaqşa söileuge tyrysamyn». Applause.",
            ),
            (
                6,
                [],
                "The last lines in the chat, pasted: «[25.11, 21:40] [[first:Aruzhan]]: rahmet bärıñızge ❤️ kelesı cikl aqpanda» / «[25.11, 21:42] [[nick:Printer]] 🖨: apai, sertifikattardy men basyp beremın 😅».",
            ),
            (
                7,
                ["insight"],
                "[[first:Temirlan]]: his grandmother died in October near {{Semei}}; at the funeral «for the first time I saw my dad cry, and he didn't hide it».",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Dinmukhammed]] and [[first:Tomiris]] broke up, «calmer now». He wants to co-lead next cycle: [[phone:+7 747 118 36 05]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}, {{111}} and {{NeMolchi.kz}} on the back of every certificate.",
            ),
        ],
    ),
    # Dushanbe student dormitory club: a visiting volunteer's English log, Tajik and Russian quotes, rooms and blocks
    (
        "en",
        "Dushanbe",
        [],
        [
            (
                0,
                [],
                "{{12 September}}, Dushanbe, the student dormitory club, the basement room with the ping-pong table. 16 guys {{17-21}}, first-years mostly, from {{Kulob}}, {{Khorog}}, {{Khujand}} and {{Panjakent}}.",
            ),
            (
                1,
                [],
                "Co-facilitator [[name:Nigina Safarova|Safarova]] translated into Tajik; the commandant [[name:Zebo Karimovna Rahmonova|Zebo]] came for five minutes to check we had permission.",
            ),
            (
                2,
                [],
                "Warm-up {{My Name Means}}. [[first:Umed]]: «{{umed}} means hope, so I'm everybody's hope». Groans.",
            ),
            (
                3,
                ["quote"],
                "[[first:Firuz]]: «[[first:Firuz]] is turquoise, a stone, so I'm hard». He's [[nick:Radio]] already, because he doesn't stop talking.",
            ),
            (
                4,
                [],
                "Exercise {{Man Box}} in three languages on the whiteboard: «mard», «настоящий мужик», «a real man».",
            ),
            (
                5,
                ["resistance"],
                "[[name:Shahrom Rahimov|Rahimov]]: «a girl who lives in a dormitory is already spoiled, everyone at home says that». The girls' floor is right above us.",
            ),
            (
                6,
                ["quote"],
                "[[first:Jamshed]], from {{Khorog}}: «in Khorog girls study more than boys and nobody dies».",
            ),
            (
                7,
                ["insight"],
                "[[nick:Choynik]] — [[first:Shahrom]] again, he makes tea for the whole floor — stayed: his older sister [[first:Mehrangez]] was married off at 18 «because of dormitory talk»; she wanted to be a doctor.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Jamshed Saidov|Saidov]] lives [[address:block B, room 412]]; he'll bring three more from his floor.",
            ),
            (
                9,
                ["referral"],
                "The {{Committee on Women and Family Affairs}} and the university psychologist's hours on the board, in Tajik and Russian.",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        [],
        [
            (
                0,
                [],
                "{{26 September}}, 14 guys, the room smells of plov: [[nick:Bobo]] cooked for everyone.",
            ),
            (
                1,
                [],
                "Who [[nick:Bobo]] is: [[name:Behruz Odinaev|Odinaev]], 19, a grandpa's habits — in bed at nine, up at five for prayer.",
            ),
            (
                2,
                [],
                "Exercise {{Migration Map}}: where is your father or brother now? 11 of 14 have someone in {{Russia}}, two in {{Kazakhstan}}.",
            ),
            (
                3,
                ["quote"],
                "[[first:Daler]]: «my father has been in {{Moscow}} eight years. I know his voice better than his face».",
            ),
            (
                4,
                ["insight"],
                "[[name:Daler Sharipov|Sharipov]] pays his own fees; his mother is [[desc:the woman who bakes tandoor bread at the entrance of the Korvon market under the blue umbrella]].",
            ),
            (
                5,
                ["quote"],
                "[[nick:Radio]]: «when father comes back he's a guest and the boss. mother does everything, then she stops being the boss».",
            ),
            (
                6,
                ["resistance"],
                "[[first:Parviz]]: «a man is a man even from Moscow». [[first:Suhrob]]: «from Moscow he's a Western Union, bro».",
            ),
            (
                7,
                [],
                "Read from {{Rudaki}}: «{{Bui Juyi Muliyon}}», the homesick poem. Most knew it from school by heart.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Parviz Hakimov|Hakimov]], [[address:block A, room 207]], wants help with the migration papers for his father; his father's passport [[passport:400287519]].",
            ),
            (
                9,
                ["referral"],
                "For his mother, the {{Committee on Women and Family Affairs}}; for his father, the {{IOM}} migrant resource centre.",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        [],
        [
            (
                0,
                [],
                "{{10 October}}, 15 guys. Topic: respect in the dormitory — the girls' floor, seniors and first-years.",
            ),
            (
                1,
                [],
                "Exercise {{The Staircase}}: who has power in this building? The commandant, the seniors, the guard, the boys with cars.",
            ),
            (
                2,
                ["insight"],
                "[[name:Umed Qodirov|Qodirov]]: seniors from the fourth floor take first-years' money «for the floor», and last week they beat [[first:Navruz]] in the shower room; the loudest is [[desc:the fourth-year from Khatlon whose uncle is the dormitory's deputy director]]. [[first:Navruz]] was here, silent.",
            ),
            (
                3,
                ["follow-up"],
                "With both boys' OK I told [[first:Nigina]]; she'll go to the dean of students, [[name:Khurshed Azizovich|Khurshed]], tomorrow.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Polvon]] ([[name:Manuchehr Mirzoev|Mirzoev]], a wrestler, 90 kg): «next time they come, they come to me». I said that's exactly the circle we're talking about.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Shahrom]]: «girls who come back after ten — the guard should tell their fathers».",
            ),
            (
                6,
                ["quote"],
                "[[first:Jamshed]]: «my cousin is in the girls' block, she has exams, she studies in the corridor because her room has a kettle party every night». Laughter.",
            ),
            (
                7,
                [],
                "Brought a poem by {{Gulrukhsor Safieva}} about a mother; [[first:Suhrob]] read it aloud, slowly.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Navruz Ismoilov|Ismoilov]] lives [[address:block V, room 518]], phone [[phone:918 62 04 71]].",
            ),
            (
                9,
                ["referral"],
                "The university psychologist; the {{Committee on Women and Family Affairs}} if anything happens on the girls' floor; for the beating, the dean and, if he wants, the police.",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        [],
        [
            (
                0,
                [],
                "{{24 October}}, 13 guys. Two are engaged already, [[first:Parviz]] and [[first:Suhrob]].",
            ),
            (
                1,
                [],
                "Exercise {{Who Chooses?}}: your job, your wife, your city, your child's name.",
            ),
            (
                2,
                ["quote"],
                "[[name:Suhrob Davlatov|Davlatov]]: «my mother chose [[first:Farzona]] for me. I saw her twice. she is fine».",
            ),
            (
                3,
                [],
                "We talked about {{Rustam and Sohrab}} from the {{Shahnameh}}: a father who didn't know his son.",
            ),
            (
                4,
                ["insight"],
                "[[first:Parviz]]: his fiancée [[first:Shabnam]] wants to finish medicine; his mother says «a daughter-in-law studies in the kitchen». He's caught in the middle.",
            ),
            (
                5,
                [],
                "The {{Family Code}}: marriage at 18; the {{Law on the Prevention of Violence in the Family}}; what «consent» means in both.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Shabnam]] wants a scholarship for women in medicine; her email, through him: [[email:shabnam.h2006@mail.ru]].",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:Radio]]'s mum called the club phone to ask if he comes «or just plays ping-pong»: [[name:Mavjuda Nazarova|Mavjuda]], [[phone:+992 (3322) 2-14-59]].",
            ),
            (
                8,
                ["referral"],
                "For [[first:Parviz]], the university psychologist; for [[first:Shabnam]], the {{Committee on Women and Family Affairs}}.",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        [],
        [
            (
                0,
                [],
                "{{14 November}}, 16 guys, the last one before exams. A walk in {{Rudaki Park}} first, then back to the basement.",
            ),
            (
                1,
                [],
                "Roll for the certificates: [[name:Nazarov F.|Nazarov]], [[name:Rahimov Sh.|Rahimov]], [[name:Saidov J.|Saidov]], [[name:Odinaev B.|Odinaev]] and twelve more; two missing, both at the {{Nurek}} practice.",
            ),
            (
                2,
                [],
                "Exercise {{Letter to Myself in Five Years}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Bobo]]: «I will teach my son to cook before nine pm».",
            ),
            (
                4,
                ["quote"],
                "[[first:Navruz]]: «the seniors stopped. I'm still on the fifth floor».",
            ),
            (
                5,
                ["insight"],
                "[[nick:Polvon]]: his father hit his mother «every time the money didn't come from Russia». He never said it before. He wants to be different, «but I have his hands».",
            ),
            (
                6,
                [],
                "Pasted from our Telegram group: «[14.11, 20:05] [[first:Firuz]] 📻: ташаккур бачаҳо, next semester again?» / «[14.11, 20:07] [[nick:Choynik]]: чой аз ман 🫖».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Umed]] stays on as peer assistant: Telegram [[handle:@umed_qodir]], [[address:block A, room 311]].",
            ),
            (
                8,
                ["referral"],
                "Cards with the {{Committee on Women and Family Affairs}} line and the psychologist's hours, in three languages.",
            ),
        ],
    ),
    # ---------------- ru (11) ----------------
    # Jalal-Abad youth centre: the coordinator's notes in Russian with Kyrgyz and Uzbek quotes, mothers and grandmothers by kin words
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{10 сентября}}, Жалал-Абад, молодёжный центр, зал на втором этаже. 15 парней {{14-19}}, кыргызы и узбеки примерно поровну. Координатор [[name:Нуриза Бакировна Абдрахманова|Абдрахманова]] открыла, [[first:Дилноза]] опа переводила на узбекский.",
            ),
            (
                1,
                [],
                "Разминка {{Имя и жест}}. [[first:Азамат]] сказал: «{{азамат}} — это и так настоящий мужчина, мне можно не стараться». Смеялись все.",
            ),
            (
                2,
                [],
                "Упражнение {{Коробка настоящего мужчины}}: внутри «акча табат», «ыйлабайт», «uyni boqadi»; снаружи «плачет», «готовит», «сидит с детьми».",
            ),
            (
                3,
                ["quote"],
                "[[nick:Самса]] ([[name:Эльдияр Абдыкадыров|Абдыкадыров]]): «я с пяти утра с чоң апам на базаре {{самсу}} продаю, это мужская работа или женская?» Никто не ответил сразу.",
            ),
            (
                4,
                ["insight"],
                "После занятия: чоң апасы [[first:Анаркан]] растит его одна, мать в {{Москве}}, отец «неизвестно где». «апам ооруп калса, мен кимге барам?»",
            ),
            (
                5,
                ["resistance"],
                "[[name:Шахзод Маматов|Маматов]]: «erkak kishi oshxonaga kirmaydi, так у нас в махалле». [[first:Жавохир]] ему: «а плов на тое кто варит?»",
            ),
            (
                6,
                ["quote"],
                "[[nick:Тарвуз]] — это [[first:Жавохир]], голова круглая, сам придумал — «плов мужское, а каша женское, логика!»",
            ),
            (
                7,
                [],
                "Вспомнили {{Курманжан датку}}: женщина, которая правила {{Алаем}}. [[first:Бакыт]]: «ну это давно было».",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Эльдияр]] живёт [[address:за центральным базаром, у старой чайханы «Ак-Бата», зелёные ворота с виноградом над ними]]; номер чоң апасы [[phone:0555 37 19 02]].",
            ),
            (
                9,
                ["referral"],
                "{{111}} — детский телефон доверия, {{112}}; психолог центра по четвергам.",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{24 сентября}}, 14 парней. Тема: свадьба, калым, «ала качуу».",
            ),
            (
                1,
                [],
                "Упражнение {{Линия согласия}}: «невесту можно украсть, если любишь». Пятеро встали на «согласен».",
            ),
            (
                2,
                ["quote"],
                "[[first:Тынчтык]]: «атам апамды ошентип алып качкан, и ничего, двадцать лет живут».",
            ),
            (
                3,
                ["insight"],
                "Потом он же: его апа [[first:Гүлзат]] до сих пор каждый год ездит к своим в {{Талас}} и плачет, когда возвращается. Он, кажется, впервые об этом подумал.",
            ),
            (
                4,
                [],
                "Разобрали {{Уголовный кодекс Кыргызской Республики}}: похищение женщины для вступления в брак — до десяти лет лишения свободы. Почти никто не знал.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Мирлан Сулайманов|Сулайманов]]: «это наша традиция, её нельзя судить». [[first:Ислам]]: «в {{исламе}} без согласия невесты никах недействителен».",
            ),
            (
                6,
                [],
                "Прочитали отрывок из «{{Джамили}}» {{Айтматова}}. [[first:Бакыт]]: «{{Данияр}} её не украл, она сама ушла — это другое».",
            ),
            (
                7,
                ["insight"],
                "[[name:Ислам Тешебаев|Тешебаев]] остался: его двоюродную сестру [[first:Айжамал]] украли в прошлом месяце под {{Сузаком}}, ей 17, она «осталась». Он хочет что-то сделать.",
            ),
            (
                8,
                ["follow-up"],
                "Договорились с [[first:Нуризой|Нуриз]] Бакировной: она поговорит с матерью девушки [[name:Сабира Алимовна|Сабира]] и с инспектором; телефон [[first:Ислама|Ислам]] [[phone:+996 770 52 13 48]].",
            ),
            (
                9,
                ["referral"],
                "{{112}}; {{Закон «Об охране и защите от семейного насилия»}}; для сестры — бесплатная юридическая помощь центра.",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{8 октября}}, 13 парней, трое новых из {{Базар-Коргона}}. За окном дождь, все в куртках.",
            ),
            (
                1,
                [],
                "Проверка по списку: [[surname:Абдыкадыров]] +, [[surname:Маматов]] +, [[surname:Юлдашев]] +, [[surname:Турдубаев]] +, [[surname:Тешебаев]] –, остальные +.",
            ),
            (
                2,
                [],
                "Упражнение {{Кто главный дома?}}: рисуем дом, кто принимает решения. У половины главная — бабушка.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Калькулятор]] ([[first:Шахзод]], всё считает в уме): «buvim hamma pulni sanaydi, dadam faqat beradi».",
            ),
            (
                4,
                ["insight"],
                "[[nick:Самса]]: чоң апасы упала на базаре на прошлой неделе, теперь он один торгует до обеда и пропускает школу. Учитель уже звонил.",
            ),
            (
                5,
                [],
                "Вспомнили {{Алишера Навои}}: «{{Хамса}}» и {{Лейли и Меджнун}}. [[first:Жавохир]] знал наизусть две строки.",
            ),
            (
                6,
                ["follow-up"],
                "Для [[first:Эльдияра|Эльдияр]]: социальный отдел, помощь бабушке; её фамилия [[name:Анаркан Абдыкадырова|Анаркан]], пенсионное удостоверение у него, ПИН [[iin:20509195600218]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Азамат Жумабаев|Жумабаев]] — в волонтёры, почта [[email:azamat.jumabaev07@gmail.com]].",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{5 ноября}}, 16 парней и 6 мам и бабушек, открытая встреча. Чай, {{самса}} (от [[nick:Самсы|Самс]], конечно).",
            ),
            (
                1,
                [],
                "Пришли: [[first:Анаркан]] апа, [[first:Гүлзат]] эже, [[name:Мукаддас Юлдашева|Мукаддас]] опа, [[first:Зулайхо]] буви, [[name:Нодира Маматова|Нодира]] опа, [[first:Сабира]] эже.",
            ),
            (
                2,
                [],
                "Упражнение {{Письмо сыну}}: мамы пишут, сыновья читают вслух.",
            ),
            (
                3,
                ["quote"],
                "[[first:Мукаддас]] опа: «o'g'lim, sen yig'lasang ham erkaksan». [[nick:Тарвуз]] покраснел до ушей.",
            ),
            (
                4,
                ["quote"],
                "[[first:Гүлзат]] эже — по-кыргызски, очень тихо: «мени алып качышкан. уулум, сен эч качан ошондой кылба». Тишина. [[first:Тынчтык]] вышел на минуту.",
            ),
            (
                5,
                [],
                "Бабушки вспомнили {{Зулфию}}: [[first:Зулайхо]] буви прочитала её стихи наизусть на узбекском — она [[desc:сорок лет вела литературу в единственной узбекской школе в Кок-Жангаке]].",
            ),
            (
                6,
                ["resistance"],
                "Один отец ([[name:Рустам Турдубаев|Рустам]], папа [[first:Бакыта|Бакыт]]): «вы из наших детей девочек делаете». Остался до конца, но молчал.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Нодира]] опа просит, чтобы [[first:Шахзод]] ходил и на курсы программирования: [[phone:+996 (3722) 5-61-47]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Зулайхо]] буви живёт [[address:у источника Айып-Ата, третий дом после ворот санатория, с синими ставнями]]; просит, чтобы кто-то из ребят помог ей с углём.",
            ),
            (
                9,
                ["referral"],
                "Раздали памятку: {{111}}, {{112}}, горячая линия {{Spotlight}} и адрес социального отдела.",
            ),
        ],
    ),
    # Dushanbe student dormitory club: the co-facilitator's notes in Russian, Tajik with and without its letters
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{19 сентября}}, Душанбе, общежитие, клуб в подвале. 15 парней {{17-21}}. [[first:Фирӯз]] опоздал — «автобус из {{Вахдата}}».",
            ),
            (
                1,
                [],
                "Разминка {{Снежный ком имён}}. Многие не знали имён соседей по этажу.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Радио]] ([[name:Фирӯз Назаров|Назаров]]): «мард набояд гиря кунад» — мужчина не должен плакать. И тут же рассказал, как плакал на «{{Титанике}}».",
            ),
            (
                3,
                [],
                "Упражнение {{Чей это мир?}}: фото женщины-таксистки, мужчины-воспитателя, женщины-судьи.",
            ),
            (
                4,
                ["resistance"],
                "[[first:Шахром]] (пишу без ҳ, он сам так пишет): «зан дар хона, мард дар кор — так правильно». [[name:Искандар Бобоев|Бобоев]]: «а мама твоя где работает?»",
            ),
            (
                5,
                ["quote"],
                "[[first:Шаҳром]] замолчал, потом: «модарам дар бозори {{Корвон}} савдо мекунад». Все поняли.",
            ),
            (
                6,
                [],
                "Вспомнили {{Исмоили Сомонӣ}} и {{Искандара}} из «{{Шоҳнома}}». [[first:Искандар]]: «меня в честь Македонского назвали, а не в честь Сомони».",
            ),
            (
                7,
                ["insight"],
                "[[first:Ҷамшед]] (тот, что из {{Хорога}}): его сестра [[first:Фарангис]] учится на врача в {{Москве}}, отец гордится. «у нас на Памире по-другому».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Искандар Бобоев|Искандар]] — блок Б, [[address:хучраи 214, блоки Б]]; телефон [[phone:+992 90 712 35 08]].",
            ),
            (
                9,
                ["referral"],
                "Психолог университета: вторник и четверг; {{Комитет по делам женщин и семьи}} — номер на доске.",
            ),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{3 октября}}, 14 парней. Тема: деньги из России, кто решает.",
            ),
            (
                1,
                [],
                "Упражнение {{Бюджет семьи}}: 5000 сомони, как делить? Почти у всех «отец решает», даже если отца нет дома три года.",
            ),
            (
                2,
                ["quote"],
                "[[first:Далер]]: «падарам аз {{Маскав}} пул мефиристад, лекин очаам ҳамаашро ҳисоб мекунад». По-русски: отец присылает, а мама всё считает.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Парвиз]]: «женщина не должна знать, сколько мужчина зарабатывает». [[first:Суҳроб]]: «тогда и мужчина не должен знать, сколько она тратит». Смех.",
            ),
            (
                4,
                ["insight"],
                "[[name:Далер Шарипов|Шарипов]] остался: отец перестал присылать деньги, в {{Москве}} у него «другая семья». Мать не знает. Он не знает, говорить ли.",
            ),
            (
                5,
                ["follow-up"],
                "С его согласия — к психологу во вторник. Его номер [[phone:93 407 18 62]], мама [[name:Гулчеҳра Шарипова|Гулчеҳра]] — [[phone:+992 (3452) 3-27-10]].",
            ),
            (
                6,
                [],
                "Прочитали {{Лоиқ Шералӣ}}: «{{Модар}}». [[first:Далер]] вышел покурить и вернулся с красными глазами.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Беҳрӯз]] ([[name:Беҳрӯз Одинаев|Одинаев]]) — в комнату [[address:ҳуҷраи 305, блоки В]], просит добавить его в чат.",
            ),
            (
                8,
                ["referral"],
                "{{Комитет по делам женщин и семьи}}; для матери [[first:Далера|Далер]] — бесплатная юридическая консультация по алиментам.",
            ),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{31 октября}}, 12 парней, половина ушла на концерт. Тема: сёстры и общежитие.",
            ),
            (
                1,
                [],
                "Упражнение {{Мой голос, её голос}}: парни читают реплики девушек из реальных историй.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Полвон]] ([[first:Манучеҳр]]): «хоҳарам дар хобгоҳ зиндагӣ мекунад, ман ҳар шаб занг мезанам, ки дар куҷо аст». Говорит, что это забота.",
            ),
            (
                3,
                ["quote"],
                "[[first:Умед]]: «это не забота, это контроль, бро. ты бы хотел, чтобы она тебе звонила каждую ночь?»",
            ),
            (
                4,
                ["insight"],
                "[[first:Манучеҳр]] потом: сестра [[first:Нилуфар]] просила его не звонить — соседки смеются. Он злится и боится за неё одновременно.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Навруз]]: «девушке в общежитии нельзя без брата». Напомнила, что у половины сестёр братьев в городе нет.",
            ),
            (
                6,
                [],
                "{{Гулрухсор}}: прочитали стихотворение про дочь. [[first:Суҳроб]] сказал, что мама читала им его в детстве.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Манучеҳр Мирзоев|Мирзоев]] — сестра живёт [[address:общежитие мединститута, 4 этаж, комната 409]]; её номер он дал только для экстренных случаев: [[phone:918 55 24 19]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Навруз]] ([[name:Навруз Исмоилов|Исмоилов]]) — день рождения [[dob:04.01.2006]], для поздравительной открытки клуба.",
            ),
            (
                9,
                ["referral"],
                "Психолог университета; {{Закон Республики Таджикистан «О предупреждении насилия в семье»}}.",
            ),
        ],
    ),
    # Kyzylorda vocational lyceum: the social pedagogue's notes in Russian, Kazakh names with Russian case endings
    (
        "ru",
        "Кызылорда",
        [],
        [
            (
                0,
                [],
                "{{22 сентября}}, Кызылорда, лицей, группа электромонтёров, 13 юношей {{16-18}}. Классный руководитель [[name:Гульжан Аскаровна|Гульжан]] Аскаровна присутствовала.",
            ),
            (
                1,
                [],
                "Перекличка: [[surname:Бекжанулы]] +, [[surname:Сапаров]] +, [[surname:Жакыпов]] +, [[surname:Алимулы]] +, [[surname:Кожахметов]] н/б, остальные +.",
            ),
            (
                2,
                [],
                "Упражнение {{Стереотипы о профессиях}}: электрик, повар, медсестра, воспитатель. «Медсестра» — только женщины, все 13.",
            ),
            (
                3,
                ["quote"],
                "[[surname:Сапарову|Сапаров]] стало неловко: его старший брат [[first:Ерлан]] — медбрат в областной больнице. «над ним смеются, а зарплата нормальная».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Балга]] ([[first:Ернар]]): «мужик должен быть сварщиком, а не медсестрой». Сам, кстати, сварщик.",
            ),
            (
                5,
                ["insight"],
                "[[first:Мейиржан]] ([[name:Мейиржан Даулетов|Даулетов]]) после занятия: отец запрещает сестре [[first:Назерке]] ехать учиться в {{Алматы}}, «потому что там испортится». Он на стороне сестры, но молчит.",
            ),
            (
                6,
                [],
                "Вспомнили {{Алию Молдагулову}} и {{Маншук Маметову}}. [[first:Бакберген]] спросил, почему «героини — только на войне».",
            ),
            (
                7,
                ["follow-up"],
                "С [[surname:Кожахметовым|Кожахметов]] поговорить отдельно — третий пропуск. Мама: [[phone:8 (7242) 27-43-19]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Бакберген Нурланулы|Нурланулы]] — справка для стипендии, ИИН [[iin:071103500628]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}, кабинет психолога лицея (второй этаж, напротив библиотеки), по вторникам.",
            ),
        ],
    ),
    (
        "ru",
        "Кызылорда",
        [],
        [
            (
                0,
                [],
                "{{20 октября}}, 14 юношей. Тема: насилие в семье, очень тяжело прошло.",
            ),
            (
                1,
                [],
                "Упражнение {{Круг влияния}}: что я могу изменить сам, что — с помощью взрослых.",
            ),
            (
                2,
                ["insight"],
                "[[first:Еламан]] ([[name:Еламан Кожахметов|Кожахметов]]) рассказал при всех: отчим бьёт маму, пропускал, потому что «стоял у двери». Группа замолчала.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Спичка]] — так его зовут в группе, худой и вспыхивает — сказал: «я его когда-нибудь убью». Потом сам испугался своих слов.",
            ),
            (
                4,
                ["follow-up"],
                "С согласия [[first:Еламана|Еламан]] — сразу к директору и психологу. Мама [[name:Бибигуль Сериковна|Бибигуль]], [[phone:+7 705 318 72 40]]. Живут [[address:в посёлке Тасбогет, напротив старой котельной, дом с зелёным забором и собакой на цепи]].",
            ),
            (
                5,
                ["referral"],
                "Для мамы — {{Кризисный центр}} Кызылорды, {{111}}, полиция {{102}} — с её согласия; для него — {{150}}, психолог ежедневно на этой неделе.",
            ),
            (
                6,
                ["quote"],
                "[[surname:Жакыпов]]: «у меня дядя тоже так, все знают, никто ничего». [[first:Асланом|Аслан]] горжусь — сказал это впервые.",
            ),
            (
                7,
                ["resistance"],
                "[[surname:Тажибаев]]: «это дело семьи, не лицея». Объяснила, что это уже дело закона.",
            ),
            (
                8,
                [],
                "{{Закон о профилактике бытового насилия}} и новый {{Закон об обеспечении прав женщин и безопасности детей}}: что изменилось в 2024 году.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Аслан]] ([[name:Аслан Жакыпов|Жакыпов]]) хочет стать помощником ведущего; почта [[email:aslan.zhakyp@mail.ru]].",
            ),
        ],
    ),
    # Astana group: the co-facilitator's own notes in Russian, WhatsApp lines pasted in
    (
        "ru",
        "Астана",
        [],
        [
            (
                0,
                [],
                "{{23 сентября}}, Астана, ресурсный центр, 14 парней. Записываю за [[first:Гаухар]] Ерлановной, она вела.",
            ),
            (
                1,
                [],
                "Упражнение {{Горячий стул}}: один на стуле, остальные задают вопросы про «мужское».",
            ),
            (
                2,
                ["quote"],
                "[[first:Нурбол]] ([[nick:Принтер]]): «мужчина не должен просить помощи». [[first:Ансар]]: «а ты кто тогда, когда всем печатаешь бесплатно?»",
            ),
            (
                3,
                ["insight"],
                "[[first:Мади]]: отец ушёл к другой, в {{Актау}}, мама с двумя сёстрами, он главный добытчик. «мне 19, а я как отец».",
            ),
            (
                4,
                [],
                "Вставляю из WhatsApp то, что он прислал ночью, с его разрешения: «[23.09, 00:48] [[name:Мади Амангельды|Мади]] 🏍: апай, бүгін 14 сағат жұмыс істедім, ертең кешігіп келсем бола ма?»",
            ),
            (
                5,
                [],
                "Вспомнили {{Геннадия Головкина}}: на интервью говорил про маму. Парни удивились, что «даже {{GGG}}» так говорит.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Темирлан Оспанов|Оспанов]] — номер для дебатного клуба [[phone:8 708 412 90 37]]; просит не писать родителям.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ерасыл]] ([[name:Ерасыл Даулеткелди|Даулеткелди]]) — мама [[name:Ляззат Кайратовна|Ляззат]] хочет прийти на открытую встречу.",
            ),
            (
                8,
                ["referral"],
                "{{150}} и {{111}}; психолог центра по вторникам; для [[first:Мади]] — {{Enbek.kz}}, подработка с нормальным графиком.",
            ),
        ],
    ),
    (
        "ru",
        "Астана",
        [],
        [
            (
                0,
                [],
                "{{11 ноября}}, 13 парней. Тема: старшие братья, давление, «будь мужиком».",
            ),
            (
                1,
                [],
                "Упражнение {{Письмо младшему брату}}.",
            ),
            (
                2,
                ["quote"],
                "[[first:Жанибек]]: «напишу брату: не бей, даже если тебя бьют. я не смог это сказать отцу».",
            ),
            (
                3,
                ["insight"],
                "[[first:Жанибек]] ([[name:Жанибек Садыков|Садыков]]) с мамой теперь у тёти, на другом берегу. Мама [[first:Сауле]] подала заявление на охранный ордер. Он держится.",
            ),
            (
                4,
                [],
                "Скопировала из WhatsApp группы сообщение [[first:Алибека|Алибек]], которое всех поддержало: «[11.11, 20:12] [[name:Алибек Нурпеисов|Алибек]]: [[first:Жанибек]], брат, бізге кез келген уақытта жаз 🤝».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Руслан]] ([[name:Руслан Бейсенов|Бейсенов]]): «без жёсткости нас бы сожрали во дворе». Долгий спор, не закончили.",
            ),
            (
                6,
                [],
                "Рассказала про {{Шакарима}} и про то, как {{Абай}} писал о воспитании детей. [[first:Абылай]] сказал, что дома у деда есть его портрет.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Абылай]] хочет оформить справку о волонтёрстве: ИИН [[iin:051207551234]], дата рождения [[dob:07.12.2005]].",
            ),
            (
                8,
                ["follow-up"],
                "Тётя [[first:Жанибека|Жанибек]] — [[name:Райхан Садыкова|Райхан]], просит связаться: [[phone:+7 (702) 640-18-27]].",
            ),
            (
                9,
                ["referral"],
                "{{Союз кризисных центров Казахстана}}, {{150}}, {{111}}; охранный ордер — через участкового.",
            ),
        ],
    ),
    # ---------------- kk (11) ----------------
    # Kyzylorda vocational lyceum: the lyceum psychologist types Kazakh in small letters, on some days without the Kazakh
    # letters (a Russian keyboard), surnames in -ұлы/-ов alone and with case endings
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{8 қыркүйек}}, лицей, 2-курс дәнекерлеушілер тобы, 16 жігіт, {{16-18 жас}}. куратор [[name:гүлжан асқарқызы|гүлжан]] апай есік алдында отырды.",
            ),
            (
                1,
                [],
                "танысу {{Атым және бір қасиетім}}: әрқайсысы атын айтып, бір жақсы қасиетін қосады. көбі «күштімін» деді, біреуі «шыдамдымын».",
            ),
            (
                2,
                ["quote"],
                "[[nick:балға]] ([[name:ернар бекжанұлы|бекжанұлы]]), топ старостасы: «апай, ер адам жыламайды, біздің ауылда солай».",
            ),
            (
                3,
                [],
                "жаттығу {{Ер адам қорабы}}: қораптың ішіне «ақша табады», «жыламайды», «үй салады», сыртына «тамақ пісіреді», «балаға қарайды».",
            ),
            (
                4,
                ["resistance"],
                "[[surname:сапаров]]: «әйел үйде отыруы керек, бұл біздің салт». [[surname:жақыпов]] оған: «сенің анаң базарда сатушы ғой».",
            ),
            (
                5,
                ["insight"],
                "сабақтан кейін [[first:дәурен]] айтты: әкесі екі жыл бұрын {{Байқоңырда}} құрылыста құлап, жұмыс істей алмайды. анасы [[first:бақытгүл]] ескі базарда көкөніс сатады, ол кешке көмектеседі.",
            ),
            (
                6,
                [],
                "{{Қорқыт ата}} туралы аңызды айттым: өлімнен қашқан адам. [[nick:күріш]] «ол да қорықты ғой, демек ер адам да қорқады» деді. жақсы ой.",
            ),
            (
                7,
                [],
                "[[nick:күріш]] деген кім: [[name:нұрсұлтан әлімұлы|әлімұлы]], жазда {{Шиелі}} жақта {{күріш}} алқабында жұмыс істейді, лақап аты содан.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:сапаровтың|сапаров]] анасы хабарласты, тел. [[phone:8 705 412 33 87]], ұлының сабаққа қатысуын сұрады.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:дәурен сапаров|дәурен]] стипендия қағаздарына мекенжай берді: [[address:тасбөгет кенті, су мұнарасының жанындағы сары қақпалы үй, қасында дүкен «Береке»]].",
            ),
            (
                10,
                ["referral"],
                "бәріне {{150}} нөмірі, лицей психологы (мен) сейсенбі мен бейсенбі, екінші қабат.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{15 кыркуйек}}, сол топ, 14 жигит. [[first:еламан]] мен [[first:мейиржан]] жок, тойда.",
            ),
            (
                1,
                [],
                "тугендеу: [[surname:бекжанулы]] +, [[surname:сапаров]] +, [[surname:жакыпов]] +, [[surname:алимулы]] +, [[surname:кожахметов]] -, [[surname:даулетов]] -, калганы +.",
            ),
            (
                2,
                [],
                "жаттыгу {{Уйдеги жумыс}}: 20 карточка. ыдыс жуу, кир жуу, тамак писиру — «анасы», жондеу, машина — «акеси».",
            ),
            (
                3,
                ["quote"],
                "[[surname:жакыпов]] ([[first:аслан]]): «бизде апам кайтыс болганнан кейин акем озы тамак писиреди, биз кулмеймиз».",
            ),
            (
                4,
                ["insight"],
                "[[first:асланнын|аслан]] анасы уш жыл бурын кайтыс болган, акеси [[name:марат жакыпов|марат]] екеуи турады, акеси тунги кузетши.",
            ),
            (
                5,
                ["quote"],
                "[[nick:касык]] — бул да [[first:аслан]], асханада баринен бурын {{касыгын}} алып отырады — «мен кир жууды билемин, уялмаймын».",
            ),
            (
                6,
                ["resistance"],
                "[[surname:тажибаев]]: «кир жуу еркектин иси емес». [[nick:балга]]: «армияда озин жуасын гой».",
            ),
            (
                7,
                [],
                "{{Абай}} айткан «{{толык адам}}» туралы сойлестик: акыл, журек, кайрат.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:бауыржан тажибаев|тажибаев]]: лицей жатакханасына орын, ЖСН [[iin:080214500736]], туылган куни [[dob:14.02.2008]].",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{29 қыркүйек}}, 15 жігіт, тақырып: әке мен бала. лицей ауласында жөндеу жүріп жатыр, шаң.",
            ),
            (
                1,
                [],
                "жаттығу {{Әкеме айтпаған сөзім}}: қағазға жазады, ешкімге көрсетпейді, қаласа оқиды.",
            ),
            (
                2,
                ["quote"],
                "[[first:бауыржан]]: «әке, мен тракторшы болғым келмейді, аспаз болғым келеді». бәрі күлді, ол күлмеді.",
            ),
            (
                3,
                [],
                "[[nick:бауырсақ]] деп соны атайды — беті дөңгелек, аты да ұқсас. өзі қарсы емес. кеше анасы топқа {{бауырсақ}} пісіріп жіберген еді.",
            ),
            (
                4,
                ["insight"],
                "[[first:бауыржанның|бауыржан]] әкесі [[name:серік тәжібаев|серік]], [[desc:жалағаштағы жалғыз комбайн жөндейтін шебер]], оны «қатын сияқты» деп ұрсады, өйткені ол тамақ жасағанды жақсы көреді.",
            ),
            (
                5,
                [],
                "ата-аналар чатынан (WhatsApp), куратор жіберді, рұқсатпен: «[28.09, 21:14] [[name:серік тәжібаев|серік]] әкесі: баламды психологқа жүргізбеңіздер, ол ауру емес» / «[28.09, 21:20] [[name:гүлжан асқарқызы|гүлжан]]: [[first:серік]] аға, бұл сабақ барлығына арналған 🙏».",
            ),
            (
                6,
                ["resistance"],
                "[[nick:сіріңке]] ([[name:еламан қожахметов|қожахметов]]): «аспаз болу — қыздың ісі». [[first:жасұлан]]: «{{Қазан}} мен табаны әкелер қайдан білсін, ол ас үйде жоқ». дау.",
            ),
            (
                7,
                [],
                "{{Ғани Мұратбаевты}} еске алдық — 20 жасында қайтыс болған қызылордалық жігіт. [[first:мейіржан]]: «ол әйелдерге де оқу керек деген».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:жасұлан ермекұлы|ермекұлы]] әкесімен жеке сөйлесуге келісті, әкесінің тел. [[phone:+7 (7242) 40-18-63]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}, психолог кабинеті; әкесімен кездесуді куратор ұйымдастырады.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{6 казан}}, 14 жигит + аспаздар тобынан 5 кыз, бирлескен сабак. пернетакта орысша, казакша арип жок.",
            ),
            (
                1,
                [],
                "жаттыгу {{Сыйластык дегеним}}: жигиттер кызга, кыздар жигитке бир сурак жазады.",
            ),
            (
                2,
                ["quote"],
                "[[first:назерке]] (аспаздар тобы): «неге бизге дализде ыскырасыздар? бул комплимент пе?» жигиттер унсиз калды.",
            ),
            (
                3,
                ["quote"],
                '[[nick:балга]]: «бизде ыскыру — "сен унайсын" деген соз». [[first:аяулым]]: «маган унамайды».',
            ),
            (
                4,
                ["resistance"],
                "[[surname:ермекулы]]: «кыз бала тар шалбар кисе, озы кинали». кыздар наразы болды, [[surname:даулетов]] досын токтатты.",
            ),
            (
                5,
                ["insight"],
                "сабактан кейин [[first:аяулым]] айтты: [[name:ернар бекжанулы|ернар]] оны бир ай бойы жатакханага дейин ертип журеди, «жок» десе де. [[first:ернардын|ернар]] озине айтпауды сурады, коркады.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:аяулымнын|аяулым]] келисимимен кураторга айттым. [[surname:бекжанулымен|бекжанулы]] ертен жеке сойлесемин, ата-анасына али айтпаймын.",
            ),
            (
                7,
                [],
                "{{Айша биби}} мен {{Домалак ана}} туралы айттым. [[first:нурсултан]]: «домалак ана — би болган ейел ме? бизге мектепте айтпады гой».",
            ),
            (
                8,
                ["quote"],
                "[[first:мейиржан]]: «менин апкем [[first:айжан]] {{Кызылорда}} университетинде окиды, онын жолын бир жигит тосып журди, акем барып сойлести. сонда дурыс болды ма?» уакыт битти, келеси жолы.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:назерке даулетова|назерке]] ([[first:мейиржаннын|мейиржан]] карындасы емес, однофамилец) колледжге ауысу туралы сурады, тел. [[phone:8 776 204 58 31]].",
            ),
            (
                10,
                ["referral"],
                "кыздарга да, жигиттерге де {{150}} жане {{111}}; лицей психологы кун сайын 14:00-ден кейин.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{27 казан}}, 12 жигит. откен аптадан кейин топ тынык. [[first:еламан]] келди.",
            ),
            (
                1,
                [],
                "жаттыгу {{Ашуды баскару}}: «10-га дейин санау», «далага шыгу», «досына жазу».",
            ),
            (
                2,
                ["quote"],
                "[[nick:сиринке]] ([[first:еламан]]): «анам енди нагашыларымда, {{Жалагаш}} жакта. мен лицейге автобуспен келемин, еки сагат».",
            ),
            (
                3,
                ["insight"],
                "[[first:еламан]] айтты: отчимды полиция шакырды, ол [[name:болат утеген|утеген]], [[desc:вокзал алдындагы жалгыз сары газельди айдайтын жургизуши]]. «ол мени танып калса не болады?»",
            ),
            (
                4,
                ["resistance"],
                "[[surname:тажибаев]]: «отбасынын ишин сыртка шыгармайды». [[nick:касык]]: «шыгармаса, [[first:еламан]] казир калай турар еди?»",
            ),
            (
                5,
                ["follow-up"],
                "анасы [[name:бибигул серикызы|бибигул]] хабарласты, тел. [[phone:+7 705 318 72 40]]; кураторга куниге хабарласып турады.",
            ),
            (
                6,
                ["quote"],
                "[[first:бакберген]] ([[name:бакберген нурланулы|нурланулы]]): «мен де акемнен коркамын. бирак ол урмайды, тек айкайлайды. бул да зорлык па?»",
            ),
            (
                7,
                [],
                "ашу туралы {{Коркыт ата}} кобызынын куйин тындадык, жигиттер тынышталды.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:бакбергенге|бакберген]] жеке кездесу, жума 15:00; [[first:еламанга|еламан]] кунделикти, 10 минут.",
            ),
            (
                9,
                ["referral"],
                "{{111}}, {{150}}; [[first:еламаннын|еламан]] анасына дагдарыс орталыгынын номири.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{10 қараша}}, 15 жігіт. тақырып: ақша, жұмыс, қалың мал.",
            ),
            (
                1,
                [],
                "жаттығу {{Той бюджеті}}: 5 миллион теңге, қайда жұмсайсың? бәрі бірінші «қалың мал» деп жазды.",
            ),
            (
                2,
                ["quote"],
                "[[name:мейіржан дәулетов|дәулетов]]: «қалың мал төлемесең, қыздың әкесі қызын бермейді».",
            ),
            (
                3,
                ["insight"],
                "[[first:мейіржанның|мейіржан]] әпкесі [[first:айжан]] 19 жасында тұрмысқа шықпақ, оқуын тастайды; күйеу жігіт [[name:талғат сейітов|сейітов]] «әйелім оқымайды» деген.",
            ),
            (
                4,
                [],
                "{{Неке және отбасы туралы кодекс}}: некеге тұру — 18 жас, екі жақтың келісімі. [[first:жасұлан]]: «онда неге ауылда 17-де ұзатады?»",
            ),
            (
                5,
                ["quote"],
                "[[first:нұрсұлтан]]: «мен жазда {{күріш}} алқабында 600 мың таптым, бәрін анама бердім». мақтанып айтты.",
            ),
            (
                6,
                [],
                "{{Мәншүк Мәметова}} мен {{Әлия Молдағұлова}}: екеуі де 20-ға жетпей қаза тапқан. [[first:бақберген]]: «олар тұрмысқа да шықпаған ғой».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:айжанның|айжан]] поштасы [[email:aizhan.dauletova05@mail.ru]] — университеттің грант бөлімі туралы жазамын, [[first:мейіржан]] келісті.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:жасұлан ермекұлы|ермекұлы]]: туған күні [[dob:2008 жылғы 17 наурыз]], ЖСН [[iin:080317501245]], жазғы лагерьге.",
            ),
            (
                9,
                ["referral"],
                "{{150}}; [[first:айжанға|айжан]] — жастар ресурстық орталығының тегін заң кеңесі.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        [],
        [
            (
                0,
                [],
                "{{24 қараша}}, соңғы сабақ, 16 жігіт. директордың орынбасары [[first:сәуле]] апай сертификат табыстады.",
            ),
            (
                1,
                [],
                "сертификат алғандар: [[name:бекжанұлы ернар|бекжанұлы]], [[name:сапаров дәурен|сапаров]], [[name:жақыпов аслан|жақыпов]], [[name:әлімұлы нұрсұлтан|әлімұлы]], [[name:қожахметов еламан|қожахметов]] және тағы он бір жігіт.",
            ),
            (
                2,
                [],
                "жаттығу {{Бес жылдан кейін мен}}.",
            ),
            (
                3,
                ["quote"],
                '[[nick:балға]]: «мен [[first:аяулымнан|аяулым]] кешірім сұрадым. ол "жарайды" деді. енді ертіп жүрмеймін».',
            ),
            (
                4,
                ["quote"],
                "[[nick:сіріңке]]: «анам екеуміз жаңа пәтерде тұрамыз, тыныш. ашуланғанда онға дейін санаймын».",
            ),
            (
                5,
                ["quote"],
                '[[nick:бауырсақ]]: «әкем менің палауымды жеп, "жаман емес" деді. бұл — мақтау». бәрі қол шапалақтады.',
            ),
            (
                6,
                ["insight"],
                "[[first:дәурен]]: әкесі мүгедектік тобын алды, анасы енді екі жерде жұмыс істейді, ал ол лицейден кейін [[desc:теміржол вокзалының алдындағы жалғыз шиномонтажда]] түнге дейін жұмыс істейді.",
            ),
            (
                7,
                [],
                "соңында {{Қорқыт ата}} күйін тыңдадық — [[first:нұрсұлтан]] телефоннан қойды.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:ернардың|ернар]] анасы [[name:күләш бекжанова|күләш]] лицейге рақмет айтты, тел. [[phone:8 747 552 09 18]].",
            ),
            (
                9,
                ["referral"],
                "бәріне {{150}} мен {{111}} жазылған кітапша; психолог кабинеті қаңтарда да ашық.",
            ),
        ],
    ),
    # Astana group: the facilitator writes Kazakh in the 2021 Latin letters (the centre asked for it), chat lines pasted in
    (
        "kk",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{7 qazan}}, Astana, jastar resurstyq ortalyğy, 14 jıgıt. būl joly jazbany qazaqşa, latynşa jazamyn — ortalyq sūrady.",
            ),
            (
                1,
                [],
                "jattyğu {{Erlık degen ne?}}: taqtağa «küştı», «qorğaidy», «jylamaidy», «otbasyn asyraidy» dep jazdy.",
            ),
            (
                2,
                ["quote"],
                "[[first:Nūrbol]] ([[nick:Printer]]): «erlık — anañdy tyñdau». bärı tañ qaldy, äzıl küttı.",
            ),
            (
                3,
                ["insight"],
                "[[first:Temırlan]]: äjesı qaitys bolğannan keiın äkesı jiı işedı; anasy [[first:Gülnar]] dükende ekı auysymda jūmys ısteidı.",
            ),
            (
                4,
                [],
                "WhatsApp-tan, [[first:Arujan]] jıberdı: «[07.10, 18:55] [[name:Madi Amangeldı|Madi]] 🏍: apai keşırıñız, zakaz köp, 19:30-da kelem» / «[07.10, 18:56] [[name:Arujan Seitova|Arujan]]: jaraidy, kütemız 👍».",
            ),
            (
                5,
                [],
                "{{Tomiris}} pen {{Qyz Jıbek}} turaly söilestık. [[first:Dınmūhammed]]: «{{Qyz Jıbek}} fılmın äjem jüz ret körgen».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Temırlan]] üşın psiholog [[name:Gauhar Erlanqyzy|Gauhar]], seisenbı 17:00; nömırı [[phone:+7 708 412 90 37]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Abylai Tūrsyn|Tūrsyn]]: tuğan künı [[dob:2005 jylğy 7 jeltoqsan]], JSN [[iin:051207551234]], volonterlık anyqtama üşın.",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; [[first:Gauhar]] apai är seisenbı saiyn ortalyqta.",
            ),
        ],
    ),
    (
        "kk",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{21 qazan}}, 13 jıgıt. taqyryp: internettegı «erkekter» — blogerler, «alfa» kurstary.",
            ),
            (
                1,
                [],
                "jattyğu {{Blogerdı taldau}}: bır video körıp, ol ne aitady, ne satady, kımge tiımdı?",
            ),
            (
                2,
                ["quote"],
                '[[first:Jänıbek]]: «ol bloger "äiel erkekke bağynu kerek" deidı, bıraq 50 myñğa kurs satady».',
            ),
            (
                3,
                ["quote"],
                "[[nick:Latte]]: «men ony ekı jyl tyñdadym, sosyn qyzym ketıp qaldy».",
            ),
            (
                4,
                ["insight"],
                "[[name:Erasyl Däuletkeldı|Däuletkeldı]]: būrynğy qyzy [[first:Aigerım]] ony bloktady, öitkenı ol onyñ telefonyn tekseretın. «endı tüsınemın».",
            ),
            (
                5,
                [],
                "[[first:Ruslan]] Telegram-nan tastağan habardy talqyladyq: «[20.10, 23:10] [[handle:@alfa_jigit_kz]]: äieldıñ 3 türı bar, 2-şısına eşqaşan üilenbe». bärı küldı, sosyn oilandy.",
            ),
            (
                6,
                ["resistance"],
                "[[name:Ruslan Beisenov|Beisenov]]: «ol dūrys aitady, qazırgı qyzdar aqşany ğana oilaidy». [[nick:Shala]]: «seniñ anañ da solai ma?»",
            ),
            (
                7,
                [],
                "{{Ahmet Baitūrsynūly}} men {{Mırjaqyp Dulatūly}}: «{{Oian, qazaq!}}» — olar qyzdardy oqytudy jaqtağan. [[first:Nūrbol]] būny bılmegen eken.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Erasyl]] jeke kezdesu sūrady; Telegram [[handle:@erasyl_latte]].",
            ),
            (
                9,
                ["referral"],
                "{{150}}; internette qorqytu bolsa — {{102}} jäne {{NeMolchi.kz}}.",
            ),
        ],
    ),
    (
        "kk",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{28 qazan}}, aşyq keş: 11 jıgıt, 4 äke, 2 ana. şai, bauyrsaq, [[first:Arujan]] apai dombyra alyp keldı.",
            ),
            (
                1,
                [],
                "kelgender: [[name:Qairat Ospanov|Qairat]] ağa ([[first:Temırlannyñ|Temırlan]] äkesı), [[name:Bolat Nūrpeiısov|Bolat]] ağa, [[name:Serık Qaliev|Serık]] ağa, [[name:Erjan Jaqsylyqov|Erjan]] ağa, [[name:Lazzat Däuletkeldı|Lazzat]] apai, [[name:Gülmira Amangeldı|Gülmira]] apai.",
            ),
            (
                2,
                [],
                "jattyğu {{Äke men ūl sūhbaty}}: ūldary sūraidy: «sız mağan eşqaşan aitpağan ne bar?»",
            ),
            (
                3,
                ["quote"],
                "[[first:Bolat]] ağa: «atym [[first:Bolat]], bıraq jüregım {{bolat}} emes. men de jylaimyn, tek jasyryn».",
            ),
            (
                4,
                ["resistance"],
                "[[first:Serık]] ağa: «būl treningter ūldardy älsız qylady». [[nick:Shala]], onyñ ūly, bırden orysşa: «папа, я не слабый».",
            ),
            (
                5,
                ["insight"],
                "keşten keiın [[first:Lazzat]] apai aitty: küieuı [[first:Dosjan]] üş jyl būryn qaitys bolğan, sodan berı [[first:Erasyl]] 17 jasynan üidıñ «erkegı» bolyp ketken.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Serık]] ağa [[phone:8 701 633 20 75]], ūlymen bırge psihologqa keluge kelıstı.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Gülmira]] apai [[first:Akbota]] üşın IT kurs sūrady; üiı [[address:Saryarqa audany, Jeltoqsan köşesı, eskı «Sputnik» dükenınıñ üstındegı besınşı qabat]].",
            ),
            (
                8,
                ["referral"],
                "ata-analarğa {{150}}, {{111}} jäne {{Dağdarys ortalyqtary odağy}}.",
            ),
        ],
    ),
    (
        "kk",
        "Astana",
        [],
        [
            (
                0,
                [],
                "{{18 qaraşa}}, 14 jıgıt. taqyryp: {{16 kündık äreket}} aldynda ne ısteimız?",
            ),
            (
                1,
                [],
                "jattyğu {{Plakat}}: top ekıge bölındı, «zorlyqqa joq» plakattaryn jasady.",
            ),
            (
                2,
                ["quote"],
                '[[first:Jänıbek]]: «men plakatqa anamnyñ sözın jazamyn: "ündemeu — kömek emes"».',
            ),
            (
                3,
                ["insight"],
                "[[first:Jänıbek]]: anasy [[first:Saule]] qorğau nūsqamasyn aldy, äkesı endı jaqyndamaidy. «bıraq men bäribır esıkke qarai beremın».",
            ),
            (
                4,
                ["quote"],
                "[[nick:Dimash]] ([[first:Dınmūhammed]]): «[[first:Tomiris]] ekeumız söilestık, endı bır-bırımızdıñ telefonyn tekserudı qoidyq. qiyn».",
            ),
            (
                5,
                [],
                "WhatsApp toptan: «[18.11, 19:48] [[first:Madi]] 🏍: keşırıñız, bügın bolmaimyn, [[first:Akbota]] auruhanada, anamdy aparyp jatyrmyn».",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Akbota Amangeldı|Amangeldı]] IT kursqa qabyldandy; qūjat üşın tuğan künı [[dob:03.09.2008]].",
            ),
            (
                7,
                ["resistance"],
                "[[first:Temırlan]]: «plakat ne beredı? eşkım oqymaidy». [[first:Älıbek]]: «bır adam oqysa, jetedı».",
            ),
            (
                8,
                [],
                "{{Bäiterek}} janyndağy aksiağa baruğa kelıstık, {{25 qaraşa}} künı.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Älıbek Nūrpeiısov|Nūrpeiısov]] plakatty basyp beredı; poştasy [[email:alibek.nurpeisov06@mail.kz]].",
            ),
            (
                10,
                ["referral"],
                "{{150}}, {{111}}, {{NeMolchi.kz}} — plakattyñ astyna.",
            ),
        ],
    ),
    # ---------------- mixed (7), typed in the Russian workshop ----------------
    # Jalal-Abad youth centre, mixed: Kyrgyz, Uzbek and Russian in one note, mothers and grandmothers with kin words
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{17-сентябрь}}, жаштар борбору, 14 бала. бүгүн [[first:Дилноза]] опа жок, мен жалгыз, ошон үчүн кыргызча-өзбекча-орусча аралаш жазам.",
            ),
            (
                1,
                [],
                "көнүгүү {{Менин үй-бүлөм}}: үйдө ким эмне кылат? кыргыз балдар «апам», «чоң апам», өзбек балдар «ойим», «бувим» деп жазышты.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Тарвуз]]: «бувим [[first:Зулайхо]] ҳамма ишни қилади, дадам телевизор кўради». потом сам добавил: «но дадам на двух работах».",
            ),
            (
                3,
                ["insight"],
                "[[first:Азамат]]: апасы [[first:Гүлнара]] эже Россияда, ал таенеси менен турат. «апам жылына бир келет, былтыр аны аэропортто тааныбай калдым». заплакал.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Калькулятор]]: «аёл киши Россияга бормаслиги керак, это позор». [[first:Азамат]] вскочил, остановила, поговорили про трудовую миграцию.",
            ),
            (
                5,
                [],
                "[[first:Мирлан]] комуз алып келди, {{Токтогулдун}} бир күүсүн чертти. тынчып калышты.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Азамат Жумабаев|Жумабаев]]: таенеси [[name:Бүбүкан Токтосунова|Бүбүкан]], үйдүн телефону [[phone:0 (3722) 2-47-15]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Мирлан Сулайманов|Сулайманов]] живёт [[address:Спутник микрорайону, мечиттин артындагы беш кабаттуу үй, 3-подъезд, 2-кабат]].",
            ),
            (
                8,
                ["referral"],
                "{{111}}; [[first:Азамат]] үчүн борбордун психологу, бейшемби.",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{1-октябрь}}, 15 бала, [[first:Дилноза]] опа билан. мавзу: қиз болалар ва ўқиш.",
            ),
            (
                1,
                [],
                "машғулот {{Орзу дарахти}}: ҳар бир бола опа-сингилларининг орзусини ёзади.",
            ),
            (
                2,
                ["quote"],
                '[[first:Жавохир]]: «синглим [[first:Мадина]] врач бўлмоқчи, лекин дадам "қиз бола узоққа бормайди" дейди». в {{Бишкек}} её не пускают.',
            ),
            (
                3,
                ["quote"],
                "[[nick:Калькулятор]] ([[name:Шахзод Маматов|Маматов]]): «опам [[first:Шоира]] 17 ёшда турмушга чиқди, ҳозир 22 да, учта боласи бор».",
            ),
            (
                4,
                ["insight"],
                "[[first:Шахзод]] тихо, по-русски: опу [[first:Шоиру|Шоир]] бьёт муж, ойиси говорит «сабр қил». он не знает, что делать.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Дилноза]] опа с его согласия свяжется с ней через маму, [[first:Нодира]] опа. Номер опасы: [[phone:+996 (555) 92-14-07]].",
            ),
            (
                6,
                [],
                "{{шоира}} {{Нодира}} ҳақида гапирдик — {{Қўқон}} маликаси. [[first:Шахзод]]: «ойимнинг исми ҳам [[first:Нодира]]!»",
            ),
            (
                7,
                ["referral"],
                "{{112}}; {{Закон «Об охране и защите от семейного насилия»}} — охранный ордер; бесплатный юрист программы {{Spotlight}}.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Мадинанинг|Мадина]] почтаси [[email:madina.yuldasheva08@mail.ru]] — тиббиёт коллежи ҳақида маълумот жўнатамиз.",
            ),
            (
                9,
                [],
                "кетишда [[nick:Тарвуз]]: «бүгүн эң оор сабак болду».",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{22-октябрь}}, 13 бала. ата-энелер чатынан (WhatsApp), өзүмө эскертүү катары:",
            ),
            (
                1,
                [],
                "«[21.10, 20:03] [[first:Мукаддас]] опа: ассалому алайкум, [[first:Жавохир]] эртага келмайди, бувиси касал» / «[21.10, 20:10] [[first:Гүлнара]] эже (Россиядан): [[first:Азаматты|Азамат]] кармап туруңуздарчы 🙏» / «[21.10, 20:15] [[name:Нуриза Абдрахманова|Нуриза]]: албетте».",
            ),
            (
                2,
                [],
                "көнүгүү {{Кечирим кат}}: ким кимден кечирим сурагысы келет?",
            ),
            (
                3,
                ["quote"],
                "[[nick:Самса]]: «чоң апа, кечирип кой, мен сени базарда жалгыз калтырдым». все молчали.",
            ),
            (
                4,
                ["insight"],
                "[[first:Айжамал]] эжеси апасыныкына кайтып келди; [[first:Ислам]] аны {{Жалал-Абаддагы}} колледжге тапшырууга жардам берип жатат.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Мирлан]]: «кечирим сураган эркек — эркек эмес». [[first:Тынчтык]]: «менин атам апамдан эч качан кечирим сураган эмес. бул жакшыбы?»",
            ),
            (
                6,
                [],
                "{{Курманжан датканын}} уулу {{Камчыбек}} жөнүндө айттым: эне мамлекет үчүн уулун курман кылган.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Айжамалдын|Айжамал]] документтери колледж үчүн: туулган күнү [[dob:12.02.2008]], ПИН [[iin:21202200800417]], ID-карта [[passport:ID 2145378]].",
            ),
            (
                8,
                ["referral"],
                "{{112}}, {{111}}; колледждин кабыл алуу комиссиясынын номери [[first:Исламда|Ислам]].",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (
                0,
                [],
                "{{19-ноябрь}}, акыркы сабак, 16 бала, энелер да келди.",
            ),
            (
                1,
                [],
                "сертификаттар: [[name:Абдыкадыров Эльдияр|Абдыкадыров]], [[name:Маматов Шахзод|Маматов]], [[name:Юлдашев Жавохир|Юлдашев]], [[name:Тешебаев Ислам|Тешебаев]] жана дагы он эки бала.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Самса]]: «чоң апам айыкты, базарга экөөбүз кайра чыгабыз, бирок мен мектепке барам».",
            ),
            (
                3,
                ["quote"],
                "[[first:Бакыт]]: «{{бакыт}} деген — үйдө эч ким кыйкырбаганы». аты да ушундай, күлдүк.",
            ),
            (
                4,
                ["quote"],
                "[[first:Анаркан]] апа небересине: «балам, сен менин {{бакытым}}». [[first:Эльдияр]] отвернулся к окну.",
            ),
            (
                5,
                ["insight"],
                "[[first:Тынчтык]]: атасы апасынан кечирим сурады — биринчи жолу. «мен өз көзүм менен көрдүм».",
            ),
            (
                6,
                [],
                "борбордун дубалына «үйдө {{тынчтык}} болсун» деп жазышты, [[first:Тынчтык]] өзү биринчи кол койду.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Жавохирнинг|Жавохир]] бувиси [[name:Зулайхо Юлдашева|Зулайхо]] раҳмат айтди: [[phone:+996 777 803 516]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Бакыт Турдубаев|Бакыт]] келерки циклде волонтёр болот: Telegram [[handle:@bakyt_jalal]].",
            ),
            (
                9,
                ["referral"],
                "баарына {{111}}, {{112}} жана борбордун психологунун графиги.",
            ),
        ],
    ),
    # Dushanbe student dormitory club, mixed: Tajik with and without its letters, Russian and English
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{17 октябр}}, клуби хобгоҳ, 15 бача. Мавзӯъ: ишқ ва рашк.",
            ),
            (
                1,
                [],
                "Машқ {{Ишқ ё назорат?}}: cards «телефонашро месанҷад», «бе иҷозат ба ҷое намеравад», «ӯро дӯст медорад».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Радио]]: «агар духтар ҷавоб надиҳад, ман 20 бор занг мезанам, ин муҳаббат аст». Все засмеялись, он нет.",
            ),
            (
                3,
                ["quote"],
                "[[first:Искандар]]: «this is not love, bro, this is FBI».",
            ),
            (
                4,
                ["insight"],
                "[[first:Фируз]] (без ӯ, как он сам пишет в чате) потом: его девушка [[first:Ситора]] — [[desc:единственная девушка-барабанщица в оркестре медколледжа]] — заблокировала его на неделю. «I don't know how to stop».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Фируз]] согласился на встречу с психологом; Telegram [[handle:@firuz_radio]].",
            ),
            (
                6,
                ["resistance"],
                "[[first:Шаҳром]]: «духтар бояд ба бародараш ҳисобот диҳад». [[nick:Чойник]] — то есть он сам — потом извинился перед [[first:Умедом|Умед]].",
            ),
            (
                7,
                [],
                "Прочитали газели {{Ҳофиз}} и {{Рӯдакӣ}} про любовь; [[first:Суҳроб]] читал лучше всех.",
            ),
            (
                8,
                ["follow-up"],
                "Комендант [[first:Зебо]] Каримовна: жалоба от девушек с третьего этажа — кто-то стучит ночью. Она подозревает ребят из [[address:хучраи 318, блоки Б]].",
            ),
            (
                9,
                ["referral"],
                "{{Кумитаи кор бо занон ва оила}} — рақам дар девор; психолог — сешанбе.",
            ),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{7 ноябр}}, 14 бача. Мавзӯъ: падар дар муҳоҷират.",
            ),
            (
                1,
                [],
                "Машқ {{Нома ба падар}}. Most wrote in Tajik, [[first:Ҷамшед]] in English, [[first:Навруз]] in Russian.",
            ),
            (
                2,
                ["quote"],
                "[[first:Далер]]: «падар, ту ба ман лозим будӣ, на пулат». Прочитал вслух по-таджикски, потом по-русски.",
            ),
            (
                3,
                [],
                "WhatsApp от его отца, он показал (голосовое, расшифровал телефон): «[06.11, 23:40] [[name:Абдуқаҳҳор Шарипов|Абдуқаҳҳор]]: писарам, ман дар {{Маскав}} кор мекунам, ба модарат чизе нагӯ».",
            ),
            (
                4,
                ["insight"],
                "[[first:Далер]] решил рассказать маме, [[first:Гулчехра]] опа, про другую семью. «she already knew».",
            ),
            (
                5,
                ["quote"],
                "[[nick:Бобо]]: «my father is in {{Yekaterinburg}}, he calls every Friday, we pray together on video».",
            ),
            (
                6,
                ["resistance"],
                "[[first:Парвиз]]: «модар набояд донад, мард ҳаққаш дорад». [[first:Суҳроб]]: «ин ҳақ нест, ин хиёнат аст».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Гулчеҳра]] опа попросила консультацию юриста по алиментам: [[phone:+992 (3452) 3-27-10]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Далер Шарипов|Шарипов]] переехал от шумных соседей: [[address:блок А, хучраи 116]].",
            ),
            (
                9,
                ["referral"],
                "{{IOM}} — маркази машваратии муҳоҷирон; {{Кумитаи кор бо занон ва оила}}.",
            ),
        ],
    ),
    (
        "ru",
        "Душанбе",
        [],
        [
            (
                0,
                [],
                "{{21 ноябр}}, охирин машғулот, 17 бача ва 3 духтар аз ошёнаи боло. Сертификатҳо.",
            ),
            (
                1,
                [],
                "Рӯйхат: [[name:Назаров Фирӯз|Назаров]], [[name:Раҳимов Шаҳром|Раҳимов]], [[name:Саидов Ҷамшед|Саидов]], [[name:Қодиров Умед|Қодиров]], [[name:Бобоев Искандар|Бобоев]] ва боз 12 нафар.",
            ),
            (
                2,
                [],
                "Машқ {{Чӣ тағйир ёфт?}} / {{What changed?}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Полвон]]: «ман ба хоҳарам ҳар шаб занг намезанам. ӯ худаш занг мезанад 😅».",
            ),
            (
                4,
                ["quote"],
                "[[first:Нилуфар]], сестра [[first:Манучеҳра|Манучеҳр]], пришла с подругами: «thank you for my brother». Он покраснел.",
            ),
            (
                5,
                ["quote"],
                "[[first:Умед]]: «{{умед}} — надежда. I hope we continue».",
            ),
            (
                6,
                ["insight"],
                "[[first:Навруз]]: сказал маме про старшекурсников, она ответила «дуруст кардӣ». Шутит: «{{Наврӯз}} в марте, а я — каждый день».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Искандар]] хочет вести клуб в следующем семестре: [[phone:+992 90 712 35 08]], [[email:iskandar.boboev@mail.ru]].",
            ),
            (
                8,
                [],
                "Пост в Telegram, с разрешения: «[21.11, 21:15] [[first:Нигина]]: раҳмат ба ҳама, see you in February 🌸» / «[[nick:Чойник]]: чой тайёр аст, биёед».",
            ),
            (
                9,
                ["referral"],
                "{{Кумитаи кор бо занон ва оила}}, {{IOM}}, психолог университета — на обороте сертификата.",
            ),
        ],
    ),
]
