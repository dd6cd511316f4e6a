# Synthetic facilitator notes for the e2e anonymization check (twenty-sixth set).
# All people, numbers, addresses, accounts are INVENTED. Public figures appear only as public figures.
# Setting: one winter cycle (December to February) in four places: a Shymkent mobile team going out to villages
# (Kazakh Cyrillic in small letters with Uzbek words, Russian, akimats, kin words; its youngest volunteer types
# Kazakh in the 2021 Latin letters), an Osh college (Uzbek in Latin and Cyrillic, Kyrgyz, Russian), a Khujand youth
# NGO (Tajik Cyrillic with and without Ӣ Ӯ Ҳ Ҷ, Uzbek, Russian, mahallas), a Pavlodar group whose facilitator writes
# Russian and English and pastes sign-up form and attendance sheet lines (semicolons, columns).
SESSIONS = [
    # ---------------- en (11) ----------------
    # Pavlodar group: the facilitator's English log; sign-up form and attendance sheet lines pasted in (semicolons,
    # columns)
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{2 December}}, {{Pavlodar}}, the youth centre's small hall, first session of the winter cycle. 13 guys {{15-22}}. Co-facilitator [[name:Aigerim Nurlanovna Saparova|Saparova]] brought the printed sign-up sheet.",
            ),
            (
                1,
                [],
                "Sign-up form lines as they came out of the Google Form, pasted: «01.12 18:04;[[name:Kenzhebayev Daniyar|Kenzhebayev]];17;[[phone:+7 707 318 44 21]];college;friend» / «01.12 19:22;[[name:Kovalenko Artyom|Kovalenko]];19;[[phone:87052290316]];plant;Instagram».",
            ),
            (
                2,
                [],
                "Warm-up {{Name and a Gesture}}. [[first:Daniyar]] did a hockey stick; the others already call him [[nick:Shaiba]] from the rink.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Kipyatok]] — that's [[first:Artyom]], boils in a second, his own word — «a man who talks about feelings is a man who has nothing to do».",
            ),
            (
                4,
                [],
                "Exercise {{Man Box}} on the flipchart: inside «doesn't cry», «earns», «drinks but holds it»; outside «asks for help», «stays home with the kid».",
            ),
            (
                5,
                ["insight"],
                "[[first:Timur]], 22, the oldest: drives a taxi at night, has a baby of four months; his wife [[first:Aliya]] «does everything and I sleep in the day». Said it like a confession.",
            ),
            (
                6,
                [],
                "[[nick:Taksist]] is what the group already calls him; he laughed: «better than [[first:Timurchik]], like my mother says».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Timur Baimukhanov|Baimukhanov]] wants a fathers' evening; WhatsApp [[phone:+7 776 540 12 83]].",
            ),
            (
                8,
                ["referral"],
                "{{150}} and {{111}} on the board; the centre's psychologist [[name:Olga Viktorovna Lisitsyna|Lisitsyna]] is in on Thursdays.",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{9 December}}, 14 guys, minus 27 outside, three came straight from the night shift.",
            ),
            (
                1,
                [],
                "Attendance sheet, pasted from the Excel (the tab columns came out as spaces): «1   [[name:Kenzhebayev D.|Kenzhebayev]]   +   +» «2   [[name:Kovalenko A.|Kovalenko]]   +   +» «3   [[name:Shevchuk M.|Shevchuk]]   н   +» «4 …».",
            ),
            (
                2,
                [],
                "Exercise {{Power Walk}}: roles on cards — a girl from a village, the son of an akim, a migrant worker, a single mother. Step forward if…",
            ),
            (
                3,
                ["quote"],
                "[[nick:Shurup]] ([[first:Maksim]], small, and screws himself into any argument): «the son of an akim is always first, that's not gender, that's money».",
            ),
            (
                4,
                ["insight"],
                "[[first:Sanzhar]], 15, the youngest, stayed at the back the whole walk; later: his mum [[name:Zhanar Abenova|Zhanar]] cleans offices at night, his father is «somewhere in {{Russia}}». He looks after two little sisters.",
            ),
            (
                5,
                [],
                "[[first:Daniyar]]'s sister [[first:Kamila]] plays too: [[desc:the only girl goalkeeper in the city's junior hockey league]].",
            ),
            (
                6,
                ["quote"],
                "[[nick:Kipyatok]]: «my father says a real man doesn't go to a psychologist, he goes to the garage». Everyone laughed, he didn't.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Sanzhar]] lives [[address:in Lesozavod, the yellow private house behind the bus depot, the one with a satellite dish on the gate]]; mum's number [[phone:8 747 209 55 16]].",
            ),
            (
                8,
                ["referral"],
                "{{111}} for [[first:Sanzhar]]; for his mum the {{Enbek.kz}} portal and the akimat's social department.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Vladislav Gerasimenko|Vladislav]], email for the certificate: [[email:vlad.gerasimenko08@mail.ru]].",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{18 December}}, after the holidays, 11 guys. Topic: anger and what we saw at home.",
            ),
            (
                1,
                [],
                "New sign-ups since last week, the form again: «15.12 22:10;[[name:Nazarov Alisher|Nazarov]];18;[[phone:+7 702 447 81 30]];polytechnic;cousin» / «16.12 09:03;[[name:Iskakov Ruslan|Iskakov]];20;[[phone:8-700-318-62-14]];KSK;[[nick:Shaiba]]». The last column is who brought him.",
            ),
            (
                2,
                [],
                "Exercise {{Anger Iceberg}}: on top «shouting», «hitting the wall», under the water «shame», «fear», «tired».",
            ),
            (
                3,
                ["quote"],
                "[[first:Ruslan]]: «in our yard if you didn't hit first, you were finished».",
            ),
            (
                4,
                ["insight"],
                "[[nick:Lastik]] — [[name:Yerlan Zhumabekov|Yerlan]], rubs out everything he writes — stayed after: his stepfather hit his mother on Saturday; he stood between them and got a bruised shoulder.",
            ),
            (
                5,
                ["follow-up"],
                "With his OK I called [[first:Olga]] Viktorovna; mum [[name:Saltanat Zhumabekova|Saltanat]], [[phone:+7 705 612 49 07]]. They live [[address:on the fourth floor of the pink five-storey next to the Sever market, the flat above the pharmacy]].",
            ),
            (
                6,
                ["referral"],
                "For the mum: the crisis centre in {{Pavlodar}}, police {{102}} with her consent, the {{Law on Domestic Violence Prevention}}; for him {{150}}.",
            ),
            (
                7,
                [],
                "Read {{Pavel Vasilyev}}'s lines about the {{Irtysh}}; [[first:Artyom]] didn't know the poet was from here.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Yerlan Zhumabekov|Zhumabekov]], for the school: IIN [[iin:080412550873]], born [[dob:12 April 2008]].",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{23 December}}, 13 guys and the New Year tree in the hall. Topic: jealousy and phones.",
            ),
            (
                1,
                [],
                "Exercise {{Okay / Not Okay}}: «she reads your messages», «you tell her who to talk to», «you post her photo without asking».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Kipyatok]] showed a message from his girlfriend, pasted as he showed it: «[22.12, 23:47] [[first:Kristina]] 🐱: ты где? почему не отвечаешь? если через 10 минут не ответишь — всё». He: «she cares».",
            ),
            (
                3,
                ["resistance"],
                "[[name:Ruslan Iskakov|Iskakov]]: «if she has a password, she has someone».",
            ),
            (
                4,
                ["insight"],
                "[[first:Artyom]] stayed after: he took her phone at a party and wrote to a guy from her Instagram [[handle:@kris.tina_pvl]]. «we are both like this».",
            ),
            (
                5,
                [],
                "Read a page from the {{UN Women}} leaflet on digital violence; nobody knew that posting intimate photos without consent is in the {{Criminal Code}}.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Artyom Kovalenko|Kovalenko]] agreed to see [[first:Olga]] Viktorovna; his new number [[phone:+7 771 904 26 35]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Kristina]]'s friend [[name:Darina Pak|Darina]] asked in DMs about a girls' group; her handle [[handle:@darina_pak_07]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}, the {{NeMolchi.kz}} bot.",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{13 January}}, back after the holidays, 12 guys, two new from the form.",
            ),
            (
                1,
                [],
                "Form lines: «10.01 17:55;[[name:Sultanov Arman|Sultanov]];17;[[phone:87019387421]];transport college;TikTok» / «11.01 20:31;[[name:Pak Denis|Pak]];18;[[phone:+7 700 561 02 98]];KSK;sister [[first:Darina]]».",
            ),
            (
                2,
                [],
                "Warm-up {{Weather Report}}: how was the New Year at home, as weather. [[nick:Shurup]]: «storm, then fog».",
            ),
            (
                3,
                ["insight"],
                "[[first:Maksim]] after: his father [[name:Oleg Shevchuk|Oleg]] drank from the 31st to the 5th and broke the TV; he slept at [[nick:Shaiba]]'s.",
            ),
            (
                4,
                ["quote"],
                "[[first:Arman]]: «{{arman}} means dream, and my dream is to leave».",
            ),
            (
                5,
                [],
                "Exercise {{The Gender Box}} again, but now: what do you lose by staying in the box?",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Maksim Shevchuk|Shevchuk]]: his mum [[name:Svetlana Shevchuk|Svetlana]], [[phone:8 (7182) 32-15-67]]; they live [[address:in Usolsky, the nine-storey by the round Magnum, entrance 6, 8th floor]].",
            ),
            (
                7,
                ["referral"],
                "{{Al-Anon}} has a Russian-speaking group in {{Pavlodar}}; for [[first:Maksim]] {{150}}.",
            ),
            (
                8,
                [],
                "Shared the {{Irtysh}} junior team's schedule — [[first:Daniyar]] plays on Saturday, half the group wants to go.",
            ),
        ],
    ),
    (
        "en",
        "Pavlodar",
        [],
        [
            (
                0,
                [],
                "{{3 February}}, 14 guys. Topic: fathers and babies — [[first:Timur]]'s idea.",
            ),
            (
                1,
                [],
                "January attendance, the sheet with semicolons the centre wants: «[[surname:Baimukhanov]];T.;13.01 +;20.01 +;27.01 -» «[[surname:Tokhtarov]];B.;+;+;+» «[[surname:Nazarov]];A.;+;-;+».",
            ),
            (
                2,
                [],
                "Exercise {{Who Holds the Baby}}: photos of fathers with their kids; guess the country.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Taksist]]: «I changed her nappy for the first time at 4 am. nobody told me she's so small».",
            ),
            (
                4,
                ["insight"],
                "[[first:Alisher]]: his parents are divorcing; his mum [[name:Dilfuza Nazarova|Dilfuza]] wants to go back to {{Tashkent}} with his sisters, he wants to stay and finish college.",
            ),
            (
                5,
                [],
                "Talked about paternity leave in {{Kazakhstan}} — yes, fathers can take it; [[nick:Taksist]] didn't believe it until he read the {{Labour Code}}.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Timur]]'s wife [[name:Aliya Baimukhanova|Aliya]] asked about the mothers' group: [[phone:+7 747 830 14 62]], [[email:aliya.baimukhanova@gmail.com]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Alisher Nazarov|Nazarov]] — a letter for the college: born [[dob:06.09.2007]], ID card [[passport:№ 052318476]].",
            ),
            (
                8,
                ["referral"],
                "{{111}} for his sisters if it gets loud; the {{Union of Crisis Centres of Kazakhstan}} for the mum.",
            ),
        ],
    ),
    # Osh college: an exchange volunteer's English log, Uzbek and Kyrgyz quotes
    (
        "en",
        "Osh",
        [],
        [
            (
                0,
                [],
                "{{4 December}}, {{Osh}}, the college's assembly hall, first winter session. 16 guys {{16-20}}, Kyrgyz and Uzbek about half and half; [[first:Zarina]] opa translates into Uzbek, [[name:Aibek Sydykov|Aibek]] agai into Kyrgyz.",
            ),
            (
                1,
                [],
                "Warm-up {{Name Chain}}; half wrote their names in Cyrillic, half in Latin — [[first:Jasurbek]] wrote «[[first:Jasurbek]]» and «[[first:Жасурбек]]», to be safe.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Qovun]] — that's him, round head, sells melons with his uncle at {{Jayma Bazaar}} in summer — «o'g'il bola yig'lamaydi, that's the rule».",
            ),
            (
                3,
                [],
                "Exercise {{Act Like a Man Box}} in three alphabets on one whiteboard.",
            ),
            (
                4,
                ["resistance"],
                "[[name:Bekbolot Tashiev|Tashiev]]: «ala kachuu is our tradition, my grandfather took my grandmother like that and they lived fifty years».",
            ),
            (
                5,
                ["insight"],
                "[[nick:Kalit]] ([[first:Ulugbek]], keeps the keys of the workshop): father in {{Russia}} four years, sends money, calls on Fridays; «I am the man at home since I was twelve».",
            ),
            (
                6,
                [],
                "We talked about {{Kurmanjan Datka}} and {{Babur}}, both from around here; [[first:Temur]] added «{{Amir Temur}} too», and nobody argued.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Ulugbek Yusupov|Yusupov]] — mum's WhatsApp [[phone:+996 772 318 405]]; they live [[address:behind the old cinema «Alai», the two-storey house with the green gate and the apricot tree]].",
            ),
            (
                8,
                ["referral"],
                "{{111}}, {{112}}, and the college psychologist [[name:Gulnara Abdievna Kamchybekova|Kamchybekova]] on Mondays.",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        [],
        [
            (
                0,
                [],
                "{{18 December}}, 14 guys, snow, the college heating broke, we sat in coats.",
            ),
            (
                1,
                [],
                "Exercise {{Agree / Disagree Line}}: «if the girl's family agrees later, it's not kidnapping». 6 on «agree».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Shamal]] ([[first:Bekbolot]], runs like the wind on the football pitch): «if she stays, she agreed».",
            ),
            (
                3,
                ["insight"],
                "After, by the stairs, [[first:Bekbolot]]: his sister [[first:Aizada]] is 17, and a man from their street has said he'll «take her after New Year». She cries at night. The parents say «it's fate».",
            ),
            (
                4,
                ["follow-up"],
                "With his consent to [[first:Gulnara]] Abdievna and the district inspector. The sister's number he gave: [[phone:0770 45 82 19]]; they live [[address:in Kyzyl-Kyshtak, past the blue mosque, the third house with the tin roof and the lamb in the yard]].",
            ),
            (
                5,
                ["referral"],
                "Bride kidnapping in the {{Criminal Code of the Kyrgyz Republic}}: up to ten years; {{112}}; the legal aid of the {{Spotlight Initiative}}.",
            ),
            (
                6,
                ["quote"],
                "[[first:Sardor]]: «{{sardor}} means leader, so I'll say it: my cousin was taken, and she is not happy».",
            ),
            (
                7,
                [],
                "Read from {{Chingiz Aitmatov}}'s «{{Jamilia}}»: [[nick:Mysyk]] — [[first:Adilet]] again, quiet like a cat — said «{{Daniyar}} didn't steal her, she chose».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Sardor Qodirov|Qodirov]] wants to be a peer volunteer: Telegram [[handle:@sardor_qodirov_osh]], email [[email:sardor.qodirov07@gmail.com]].",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        [],
        [
            (
                0,
                [],
                "{{29 January}}, {{Osh}}, 15 guys. Topic: money, migration, who is the man of the house.",
            ),
            (
                1,
                [],
                "Exercise {{Remittance Budget}}: 30,000 soms from {{Moscow}}; who decides?",
            ),
            (
                2,
                ["quote"],
                "[[first:Ulugbek]]: «dadam pul yuboradi, lekin oyim hisoblaydi» — dad sends, mum counts.",
            ),
            (
                3,
                ["insight"],
                "[[nick:Qovun]]'s mother [[name:Mohira Rahimova|Mohira]] left for {{Turkey}} in January to work as a carer; he cooks for his two little brothers now. «I didn't know rice can burn».",
            ),
            (
                4,
                ["quote"],
                "[[first:Ermek]], 20, the oldest: «I was in {{Yekaterinburg}} on a construction site for two years. the men there cried at night, every one».",
            ),
            (
                5,
                ["follow-up"],
                "[[name:Jasurbek Rahimov|Rahimov]], for the social office: PIN [[iin:21503200750318]], born [[dob:15.03.2007]].",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Ermek Joldoshev|Joldoshev]] will help with the next cycle: [[phone:+996 555 90 17 26]].",
            ),
            (
                7,
                ["referral"],
                "The {{IOM}} line for migrants' families; {{111}} for [[first:Jasurbek]]'s brothers if needed.",
            ),
        ],
    ),
    # Khujand youth NGO: a visiting trainer's English log, Tajik, Uzbek and Russian words
    (
        "en",
        "Khujand",
        [],
        [
            (
                0,
                [],
                "{{6 December}}, {{Khujand}}, the NGO's room above a pharmacy near {{Panjshanbe}} bazaar. 14 guys {{15-21}} from three mahallas; the coordinator [[name:Mavzuna Sharipova|Mavzuna]] opa introduced me.",
            ),
            (
                1,
                [],
                "Warm-up {{My Name Means}}: [[first:Zafar]] — «{{zafar}} is victory, so I never lose at cards».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Motor]] ([[first:Farrukh]], never stops, delivers bread on a moped): «a man who sits at home is not a man».",
            ),
            (
                3,
                [],
                "Exercise {{Man Box}} in Tajik, Uzbek and Russian: «мард», «erkak», «мужик».",
            ),
            (
                4,
                ["resistance"],
                "[[name:Jahongir Abdulloev|Abdulloev]], 20, engaged: «after the wedding my wife will not work. my mother needs help at home».",
            ),
            (
                5,
                ["insight"],
                "[[nick:Limu]] — [[first:Bakhtiyor]], sour face, his own joke — stayed: his father is in {{Russia}}, his mother [[first:Gulbahor]] sews at home till 2 am; the neighbours say she «has someone» because men come for the clothes.",
            ),
            (
                6,
                [],
                "Read a ghazal of {{Kamoli Khujandi}}; [[first:Siyovush]] knew it by heart from school.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Bakhtiyorjon|Bakhtiyor]], as his mother calls him, says she wants to register her sewing as a business; her number [[phone:+992 92 714 38 05]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Farrukh Nazarov|Nazarov]] lives [[address:in mahalla Navbahor, the house after the blue water tower, the door with the brass hand]]; he'll bring his cousin.",
            ),
            (
                9,
                ["referral"],
                "The {{Committee on Women and Family Affairs}} hotline on the board; the NGO psychologist on Wednesdays.",
            ),
        ],
    ),
    (
        "en",
        "Khujand",
        [],
        [
            (
                0,
                [],
                "{{31 January}}, 12 guys, power cut, we worked by phone torches.",
            ),
            (
                1,
                [],
                "Exercise {{Circle of Trust}}: who would you tell if a girl you know is hit at home?",
            ),
            (
                2,
                ["quote"],
                "[[nick:Kompas]] ([[first:Siyovush]], always knows where to go): «her brother. always her brother».",
            ),
            (
                3,
                ["quote"],
                "[[nick:Qand]] — [[first:Sherzod]], sweet tooth, three sugars in tea — «in our mahalla the {{rais}} decides, not the brother».",
            ),
            (
                4,
                ["insight"],
                "[[first:Sherzod]] after: his cousin [[first:Dilnoza]], 16, has been promised to a man in {{Istaravshan}}; the engagement is in March. «she wants to study at the medical college».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Mavzuna]] opa will talk to the mahalla {{rais}} and the girl's mother [[name:Nodira Usmonova|Nodira]]; mother's number [[phone:92 805 41 76]].",
            ),
            (
                6,
                [],
                "We read the {{Family Code of Tajikistan}}: marriage from 18. Some didn't know.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Sherzod Usmonov|Usmonov]]: born [[dob:2 May 2008]], TIN [[iin:420715836]], for the NGO's volunteer list.",
            ),
            (
                8,
                ["referral"],
                "{{112}}; the NGO's lawyer, free, on Saturdays.",
            ),
        ],
    ),
    # ---------------- ru (11) ----------------
    # Pavlodar group: the same facilitator's notes in Russian, sign-up form and attendance lines pasted in
    (
        "ru",
        "Павлодар",
        [],
        [
            (
                0,
                [],
                "{{20 января}}, {{Павлодар}}, молодёжный центр, 13 парней. Пишу по-русски — так быстрее.",
            ),
            (
                1,
                [],
                "Строки из формы записи, вставляю как есть: «18.01 21:14;[[name:Рахимжанов Асет|Рахимжанов]];16;[[phone:8 708 213 47 90]];школа;мама» / «19.01 08:02;[[name:Литвинов Дмитрий|Литвинов]];19;[[phone:+7(705)884-12-03]];ПГУ;[[nick:Шуруп]]».",
            ),
            (
                2,
                [],
                "Упражнение {{Линия жизни мужчины}}: от рождения до 70 — где «можно плакать».",
            ),
            (
                3,
                ["quote"],
                "[[first:Асет]], 16: «можно плакать до пяти лет и на похоронах. всё».",
            ),
            (
                4,
                ["quote"],
                "[[nick:Ластик]]: «я плакал, когда отчим ушёл. от радости». Смеялись, но по-доброму.",
            ),
            (
                5,
                ["insight"],
                "[[first:Дмитрий]] ([[nick:Дизель]] — так его зовут на СТО, где он работает) после занятия: младший брат [[first:Егор]] режет руки, мама не знает. Спрашивал, что делать.",
            ),
            (
                6,
                ["follow-up"],
                "С его согласия — к [[first:Ольге|Ольг]] Викторовне завтра. Брат — [[desc:капитан единственной в городе детской команды по хоккею с мячом]], тренеру пока не говорим.",
            ),
            (
                7,
                ["referral"],
                "{{150}} — круглосуточно; {{111}}; для мамы [[name:Ирина Литвинова|Ирина]] — номер психолога центра.",
            ),
            (
                8,
                [],
                "Вспомнили {{Сұлтанмахмұт Торайғыров}} — умер в 27, писал о том, как тяжело молодым. [[first:Асет]] думал, что это просто название университета.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Асет Рахимжанов|Асет]] — телефон мамы [[phone:8 (7182) 55-40-18]], живут [[address:на Камзина, в доме за «Батыр Моллом», где аптека «Европа» на первом этаже]].",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (
                0,
                [],
                "{{27 января}}, 14 парней и 5 девушек из колледжа, совместное занятие. Минус 31, автобусы ходили плохо.",
            ),
            (
                1,
                [],
                "Упражнение {{Спросите у девушек}}: парни пишут вопросы анонимно, девушки отвечают.",
            ),
            (
                2,
                ["quote"],
                "[[first:Вероника]]: «когда вы свистите нам у колледжа — нам страшно, а не приятно».",
            ),
            (
                3,
                ["insight"],
                "После — [[first:Камила]] (сестра [[first:Данияра|Данияр]]) рассказала мне: тренер её команды пишет ей ночью, «ты моя любимая вратарша». Ей 15.",
            ),
            (
                4,
                ["follow-up"],
                "С её согласия — мама [[name:Гульмира Кенжебаева|Гульмира]], [[phone:+7 701 447 29 81]]; сообщение тренера [[first:Камила]] сохранила и переслала мне: «[25.01, 23:52] [[name:Сергей Палыч|Палыч]]: спишь? завтра после тренировки останься».",
            ),
            (
                5,
                ["referral"],
                "{{111}} — для [[first:Камилы|Камил]]; заявление — в ювенальную полицию через {{102}}; {{Закон «О правах ребенка в Республике Казахстан»}}.",
            ),
            (
                6,
                ["quote"],
                "[[nick:Шайба]] молчал всё занятие, потом: «я знал. все в раздевалке знали».",
            ),
            (
                7,
                [],
                "Обсудили «не выносить сор из избы». [[first:Алишер]]: «это не сор, это преступление».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Вероника Ким|Ким]] предложила вести девичью группу параллельно; [[email:veronika.kim.pvl@gmail.com]].",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (
                0,
                [],
                "{{10 февраля}}, 12 парней. Тема: армия, «сделает из тебя мужика».",
            ),
            (
                1,
                [],
                "Лист посещаемости за январь, столбцы через «;» для отчёта: «ФИО;20.01;27.01;итого» / «[[name:Кенжебаев Данияр|Кенжебаев]];+;+;2» / «[[name:Коваленко Артём|Коваленко]];+;+;2» / «[[name:Жумабеков Ерлан|Жумабеков]];-;+;1» / ….",
            ),
            (
                2,
                [],
                "Упражнение {{Четыре угла}}: «армия делает мужчиной» — согласен, не согласен, не знаю, зависит.",
            ),
            (
                3,
                ["quote"],
                "[[first:Руслан]] (после армии): «армия сделала из меня человека, который боится спать».",
            ),
            (
                4,
                ["insight"],
                "[[nick:Гера]] — [[first:Влад]], его так с садика зовут — идёт в армию в апреле, отец настаивает. Сам хочет в медколледж. «папа сказал: медбрат — это позор».",
            ),
            (
                5,
                ["quote"],
                "[[name:Ерлан Жумабеков|Ерлан]]: «у мамы синяк прошёл. отчим ушёл. мы с ней теперь смотрим сериалы».",
            ),
            (
                6,
                [],
                "Вспомнили {{Бауыржана Момышулы}}: у него есть про страх. [[first:Бекзат]] прочитал вслух.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Владислав Герасименко|Владислав]] — к профориентатору; его номер [[phone:8 702 319 66 08]], отец [[name:Андрей Герасименко|Андрей]] просил позвонить ему: [[phone:+7 (7182) 61-90-34]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}; психолог центра по четвергам.",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        [],
        [
            (
                0,
                [],
                "{{17 февраля}}, последнее занятие цикла, 15 парней, мамы и [[first:Алия]] с дочкой.",
            ),
            (
                1,
                [],
                "Сертификаты — по списку из таблицы (колонки: №, фамилия, имя, занятий): «1 | [[surname:Баймуханов]] | [[first:Тимур]] | 9» «2 | [[surname:Тохтаров]] | [[first:Бекзат]] | 8» и дальше по списку.",
            ),
            (
                2,
                [],
                "Упражнение {{Письмо себе через год}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Таксист]]: «через год хочу, чтобы дочка первое слово сказала при мне, а не по видеосвязи».",
            ),
            (
                4,
                ["quote"],
                "[[first:Гульмира]] апай, мама [[nick:Шайбы|Шайб]]: «спасибо, что научили его говорить. дома он теперь разговаривает».",
            ),
            (
                5,
                ["insight"],
                "[[first:Камила]] ушла из той команды, тренера отстранили до проверки. [[first:Даник]]: «она теперь в {{Экибастузе}} тренируется, езжу с ней по субботам».",
            ),
            (
                6,
                [],
                "Сделали общее фото без лиц — только руки. Выложим в Instagram центра.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Максим Шевчук|Максим]] хочет быть со-ведущим: [[handle:@max_shurup]], [[phone:+7 775 104 83 27]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}, {{NeMolchi.kz}} — на обороте сертификатов.",
            ),
        ],
    ),
    # Shymkent mobile team: the team psychologist's notes in Russian; villages, akimats, Kazakh and Uzbek words, kin
    # words
    (
        "ru",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{3 декабря}}, выезд мобильной группы в Манкент, клуб при школе. 17 парней {{14-20}}, больше половины — узбеки. Руководитель группы [[name:Гүлназ Әбдірайымова|Әбдірайымова]] договорилась с акиматом округа.",
            ),
            (
                1,
                [],
                "Водитель [[first:Серік]] ага остался в зале — «послушаю». Потом тоже отвечал.",
            ),
            (
                2,
                [],
                "Разминка {{Имя и сильная сторона}}. [[first:Ойбек]]: «я сильный, я с восьми лет хлопок собирал». С тех пор он [[nick:Пахта]], сам разрешил.",
            ),
            (
                3,
                [],
                "Упражнение {{Ящик настоящего мужчины}} на трёх языках: «нағыз ер», «haqiqiy erkak», «настоящий мужик».",
            ),
            (
                4,
                ["quote"],
                "[[nick:Қалампир]] ([[name:Дилшод Рахматуллаев|Рахматуллаев]], вспыхивает как перец): «erkak kishi uyda gapirmaydi, buyruq beradi».",
            ),
            (
                5,
                ["insight"],
                "После занятия [[first:Ойбек]]: отец [[name:Рустам Турсунов|Рустам]] бьёт маму, когда возвращается из {{Алматы}} без денег. Сестра [[first:Гулноза]] хочет уехать в город учиться.",
            ),
            (
                6,
                ["follow-up"],
                "С его согласия — [[first:Гүлназ]] апай свяжется с участковым и социальным работником акимата [[name:Айнұр Бекқызы|Айнұр]]; мама [[name:Мухаббат Турсунова|Мухаббат]], [[phone:8 701 388 15 47]].",
            ),
            (
                7,
                ["follow-up"],
                "Живут [[address:в Манкенте, за старой хлопковой базой, третий дом от арыка, ворота с жёлтыми звёздами]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; для мамы — кризисный центр {{Шымкента}} и {{Закон о профилактике бытового насилия}}.",
            ),
        ],
    ),
    (
        "ru",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{14 января}}, Карабулак, дом культуры, холодно, 15 парней. Аким округа зашёл на пять минут.",
            ),
            (
                1,
                [],
                "Отметка, как в журнале акимата: «[[name:Омаров Е.|Омаров]] — +; [[name:Жолдасбеков Н.|Жолдасбеков]] — +; [[name:Сейдахметов А.|Сейдахметов]] — +; остальные — +».",
            ),
            (
                2,
                [],
                "Упражнение {{Кто что делает дома}}: 20 карточек.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Шелек]] ([[first:Ерназар]], таскает воду на всю улицу вёдрами): «воду носить — мужское, стирать — женское. хотя стираю я, мама болеет».",
            ),
            (
                4,
                ["insight"],
                "[[first:Ерназар]] после: мама [[first:Роза]] после операции, отец пьёт и забирает её пенсию по инвалидности. «я всё делаю, а я ещё ребёнок?»",
            ),
            (
                5,
                ["quote"],
                "[[first:Алмас]]: «меня назвали {{алмас}} — алмаз, твёрдый. а я, апай, мягкий».",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Ерназар Омаров|Омаров]] — акимат обещал помощь с углём; мама [[phone:8 (7252) 39-14-56]].",
            ),
            (
                7,
                ["follow-up"],
                "Живут [[address:на въезде в Карабулак, дом рядом с мечетью, где продают кумыс, красная крыша]].",
            ),
            (
                8,
                [],
                "Вспомнили {{Толе би}}: «мужчина сначала слушает». [[first:Нұрдәулет]] сказал, что в школе его зовут [[nick:Тоқаш]] — «пухлый, как {{тоқаш}}».",
            ),
            (
                9,
                ["referral"],
                "{{150}}; для мамы — соцработник акимата по вторникам; для отца — {{Анонимные алкоголики}}.",
            ),
        ],
    ),
    (
        "ru",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{11 февраля}}, Манкент, 16 парней и 4 мамы. Тема: дочери и сёстры, учёба после 9 класса.",
            ),
            (
                1,
                [],
                "Упражнение {{Дорога сестры}}: нарисовать, куда пойдёт сестра после школы и кто её остановит.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Пахта]]: «[[first:Гулноза]] поступила в колледж в {{Шымкенте}}, папа сказал — не поедет. я поеду с ней, буду возить».",
            ),
            (
                3,
                ["quote"],
                "[[first:Азиз]] ([[nick:Домбыра]], играет на свадьбах с дядей): «на тоях я вижу: невесте 17, жениху 30. все хлопают».",
            ),
            (
                4,
                ["insight"],
                "[[first:Азизжон|Азиз]] — так его зовёт мама — после: двоюродную сестру [[first:Мафтуну|Мафтун]] в марте выдают замуж, ей 16, «справку о возрасте сделали».",
            ),
            (
                5,
                ["follow-up"],
                "Сразу — [[first:Гүлназ]] апай и инспектор по делам несовершеннолетних. Отец девушки [[name:Бахтиёр Каримов|Бахтиёр]], [[phone:+7 702 905 31 68]]; дом [[address:напротив Манкентского рынка, за чайханой «Ширин», зелёные ворота с виноградником]].",
            ),
            (
                6,
                ["referral"],
                "{{Кодекс о браке (супружестве) и семье}}: брачный возраст 18; {{111}}; {{102}}.",
            ),
            (
                7,
                ["quote"],
                "[[first:Серік]] ага на обратном пути: «моей сестре было 17. я не помешал. запиши, что я это сказал».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Азиз Каримов|Каримов]] — в волонтёры, Telegram [[handle:@aziz_dombyra]], день рождения [[dob:21.03.2008]].",
            ),
        ],
    ),
    # Osh college: notes in Russian, surnames in a roll call, Uzbek and Kyrgyz quotes
    (
        "ru",
        "Ош",
        [],
        [
            (
                0,
                [],
                "{{11 декабря}}, {{Ош}}, колледж, актовый зал, 15 парней. Веду с [[name:Айбеком Сыдыковичем|Айбек]], [[first:Зарина]] болеет.",
            ),
            (
                1,
                [],
                "Перекличка: [[surname:Рахимов]] +, [[surname:Ташиев]] +, [[surname:Юсупов]] +, [[surname:Осмонов]] +, остальные +.",
            ),
            (
                2,
                [],
                "Упражнение {{Карта безопасности}}: где в городе девушкам страшно? Отметили рынок, маршрутки, подъезды.",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Ковун]] ([[first:Жасурбек]]): «моя сестра [[first:Нилуфар]] каждый день ездит в пятой маршрутке, у нас нет денег на такси».",
            ),
            (
                4,
                ["insight"],
                "[[first:Нурсултан]] после занятия: старший брат снимал девушек в маршрутке на телефон и выкладывал в TikTok [[handle:@osh_marshrutka_girls]]. Ему стыдно, но брат «старший».",
            ),
            (
                5,
                ["follow-up"],
                "С его согласия — жалоба в TikTok и в милицию; [[first:Гулнара]] Абдиевна поговорит с его мамой [[name:Чолпон Мамытова|Чолпон]], [[phone:0 (3222) 5-47-30]].",
            ),
            (
                6,
                [],
                "Прочитали статью {{Уголовного кодекса Кыргызской Республики}} о нарушении неприкосновенности частной жизни.",
            ),
            (
                7,
                ["quote"],
                "[[nick:Калит]] ([[name:Улугбек Юсупов|Улугбек]]): «а если ты видишь и молчишь — ты тоже участвуешь?»",
            ),
            (
                8,
                ["referral"],
                "{{111}}; психолог колледжа — по понедельникам; юристы {{Spotlight}}.",
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
                "{{22 января}}, 14 парней. Тема: отцы на заработках.",
            ),
            (
                1,
                [],
                "Упражнение {{Пустой стул}}: говоришь отцу, которого нет рядом.",
            ),
            (
                2,
                ["quote"],
                "[[first:Улугбек]]: «ада, келинг. пул керак эмас. сиз керак» — по-узбекски, потом сам перевёл: «папа, приезжай, не деньги нужны, ты».",
            ),
            (
                3,
                ["insight"],
                "[[nick:Шамал]] рассказал: [[first:Айзада]] у тёти в {{Бишкеке}}, а тот мужчина с их улицы — [[name:Канат Бообеков|Бообеков]], [[desc:единственный на их улице, у кого чёрный «Лексус» с номером 777]] — приходил к отцу «поговорить».",
            ),
            (
                4,
                ["follow-up"],
                "Инспектор в курсе; [[first:Гулнара]] Абдиевна — ещё раз в понедельник. Отец — [[name:Жыргалбек Ташиев|Жыргалбек]], [[phone:+996 (700) 41-83-27]].",
            ),
            (
                5,
                ["quote"],
                "[[nick:Мышык]]: «мой отец герой, но я его знаю по фото». Тишина.",
            ),
            (
                6,
                [],
                "[[first:Адилет]] живёт с бабушкой [[first:Бурул]] [[address:в Нариманском, за школой, дом с синими воротами и тремя тополями у забора]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Адилет Осмонов|Осмонов]] — ПИН для стипендии [[iin:20711200650412]], дата рождения [[dob:07.11.2006]].",
            ),
            (
                8,
                ["referral"],
                "{{МОМ}} — программа для семей мигрантов; {{111}}.",
            ),
        ],
    ),
    # Khujand youth NGO: a volunteer's notes in Russian, Tajik quotes with and without Ӣ Ӯ Ҳ Ҷ
    (
        "ru",
        "Худжанд",
        [],
        [
            (
                0,
                [],
                "{{13 декабря}}, {{Худжанд}}, офис НГО, 15 парней. [[first:Мавзуна]] опа вела, я записываю.",
            ),
            (
                1,
                [],
                "Список, пишу как они сами написали — кто с ҳ, кто без: [[name:Назаров Фаррух|Назаров]], [[name:Исмоилов Бахтиёр|Исмоилов]], [[name:Каримов Сиёвуш|Каримов]], [[name:Усмонов Шерзод|Усмонов]] и ещё трое.",
            ),
            (
                2,
                [],
                "Упражнение {{Мужское / женское}}: карточки «плов», «деньги», «дети», «слёзы».",
            ),
            (
                3,
                ["quote"],
                "[[nick:Мотор]]: «плов — мужское. в махалле на тое ош варит мужик, всегда».",
            ),
            (
                4,
                ["quote"],
                "[[first:Исфандиёр]], 15: «модарам мегӯяд, ки писар гиря намекунад. ман гиря мекунам, пинҳонӣ».",
            ),
            (
                5,
                ["insight"],
                "[[first:Исфандиёр]] после: отчим выгоняет его на ночь, когда пьёт; ночует у [[first:Ҷаҳонгира|Ҷаҳонгир]] или в мечети. Мама молчит.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Мавзуна]] опа — в органы опеки и махаллинский комитет; мама [[name:Мунира Шарипова|Мунира]], [[phone:+992 92 613 07 45]]; живут [[address:в махалле Гулистон, за баней «Обшорон», дом с зелёной дверью и тутовником]].",
            ),
            (
                7,
                [],
                "Вспомнили {{Бобоҷон Ғафуров}} — из {{Исписора}}, учился сам. [[first:Зафар]]: «он тоже без отца рос?» Не знаю, проверим.",
            ),
            (
                8,
                ["referral"],
                "{{Кумитаи кор бо занон ва оила}}, {{112}}, психолог НГО по средам.",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        [],
        [
            (
                0,
                [],
                "{{7 февраля}}, 13 парней, свет был. Тема: свадьба и долги.",
            ),
            (
                1,
                [],
                "Упражнение {{Смета тоя}}: сколько стоит свадьба в {{Худжанде}} — посчитали, вышло 90 000 сомони.",
            ),
            (
                2,
                ["quote"],
                "[[first:Ҷаҳонгир]]: «свадьба в мае, отец взял кредит, я ещё два года в {{России}} буду отдавать».",
            ),
            (
                3,
                ["insight"],
                "[[first:Ҷаҳонгирҷон|Ҷаҳонгир]], как его зовёт [[first:Мавзуна]] опа, потом: невеста [[name:Мадина Холова|Мадина]] хочет работать учительницей, а его мама говорит «келин дома». Он между ними.",
            ),
            (
                4,
                [],
                "Обсудили {{Закон об упорядочении традиций, торжеств и обрядов}}: сколько гостей можно. Многие не знали.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Рустам Мирзоев|Мирзоев]]: «закон законом, а махалла смотрит».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Шерзод]]: у двоюродной сестры [[first:Дилноза|Дилноз]] помолвку отложили! Её мама [[first:Нодира]] опа пришла сказать спасибо [[first:Мавзуне|Мавзун]] опе.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Сиёвуш Каримов|Сиёвуш]] поступает в {{Худжандский государственный университет}}, справка: дата рождения [[dob:19 августа 2006 г.]], паспорт [[passport:А 3208714]].",
            ),
            (
                8,
                ["referral"],
                "Бесплатный юрист НГО по субботам; {{112}}.",
            ),
        ],
    ),
    # ---------------- kk (11) ----------------
    # Shymkent mobile team: Kazakh Cyrillic in small letters with Uzbek words; villages, akimats, kin words
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{5 желтоқсан}}, жылжымалы топ {{Сайрам}} ауданына шықты, Қарабұлақ ауылының мектебі. 16 жігіт, {{15-20 жас}}. ауылдық округ әкімінің орынбасары [[name:нұрлан бекұлы тасболатов|тасболатов]] бізді қарсы алды.",
            ),
            (
                1,
                [],
                "танысу {{Атым және арманым}}. [[first:жандос]]: «арманым — КамАЗ жүргізу, көкем сияқты».",
            ),
            (
                2,
                [],
                "жаттығу {{Ер адам қорабы}}: қораптың ішіне «ақша табады», «жыламайды», «қой сояды»; сыртына «кір жуады», «балаға қарайды».",
            ),
            (
                3,
                ["quote"],
                "[[nick:шелек]] ([[name:ерназар омаров|ерназар]], бүкіл көшеге {{шелекпен}} су тасиды): «апам ауырғаннан бері кірді мен жуамын. мені ер емес дейсіз бе?»",
            ),
            (
                4,
                ["insight"],
                "сабақтан кейін [[first:алмас]]: әпкесі [[first:айдана]] күйеуінен таяқ жеп, төркініне қайтып келді. әкесі «қайт, ұят» дейді. ол әпкесін жақтайды.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:гүлназ]] апай [[first:айданамен|айдана]] сөйлесуге келісті, тел. [[phone:8 775 309 42 18]].",
            ),
            (
                6,
                ["follow-up"],
                "[[name:алмас сейдахметов|сейдахметов]] мекенжайы: [[address:Қарабұлақ, мешіттің артындағы көк қақпалы үй, қасында «Әсем» дүкені]].",
            ),
            (
                7,
                ["referral"],
                "{{150}}, {{111}}; [[first:айдана]] үшін — {{Шымкент}} дағдарыс орталығы және {{Тұрмыстық зорлық-зомбылық профилактикасы туралы заң}}.",
            ),
            (
                8,
                [],
                "{{Бәйдібек би}} мен {{Домалақ ана}} туралы айттық: «ана сөзі — заң». [[first:жандос]]: «онда неге бізде әйелді тыңдамайды?»",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{12 желтоқсан}}, Манкент, мектептің спорт залы. 15 жігіт, көбі өзбек балалар, қазақша-өзбекша аралас сөйлейді.",
            ),
            (
                1,
                [],
                "жаттығу {{Үйдегі жұмыс}}: 20 карточка. «ovqat pishirish» — ойим, «pul topish» — дадам.",
            ),
            (
                2,
                ["quote"],
                "[[nick:пахта]] ([[first:ойбек]]): «dadam uyda bo'lmasa, men uyning erkagiman».",
            ),
            (
                3,
                ["insight"],
                "[[first:ойбектің|ойбек]] әпкесі [[first:гулноза]] колледжге түскісі келеді, әкесі [[first:рустам]] ака «қиз бола уйда ўтиради» дейді.",
            ),
            (
                4,
                [],
                "[[first:азиз]] {{домбыра}} ала келді, «{{Көзімнің қарасы}}» әнін орындады — {{Абай}} әні.",
            ),
            (
                5,
                ["resistance"],
                "[[name:дилшод рахматуллаев|рахматуллаев]]: «бизнинг маҳаллада ҳамма шундай, сиз ўзгартиролмайсиз».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:гүлназ]] апай ауыл әкімдігінің әлеуметтік қызметкері [[name:айнұр бекқызы|айнұр]] арқылы [[first:гулнозаға|гулноза]] колледж туралы ақпарат береді; тел. [[phone:+7 747 612 08 39]].",
            ),
            (
                7,
                [],
                "[[first:серік]] көке жолда: «менің қызым да {{Шымкентте}} оқиды, ешкім оны бұзған жоқ».",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; колледжге құжат — {{egov.kz}} арқылы, жұмыс — {{Enbek.kz}}.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{19 желтоқсан}}, Жаңатұрмыс ауылы, клуб. 14 жігіт. әкімдіктен тізім келді, солай көшірдім:",
            ),
            (
                1,
                [],
                "«1. [[name:Әбдіғаппаров Нұрбек|Әбдіғаппаров]] — 2007 ж.т., 2. [[name:Сүлейменов Қайрат|Сүлейменов]] — 2008 ж.т., 3. [[name:Исмаилов Жахонгир|Исмаилов]] — 2006 ж.т.»",
            ),
            (
                2,
                [],
                "жаттығу {{Ашу айсбергі}}: үстінде «айқай», «ұру», астында «ұят», «қорқыныш».",
            ),
            (
                3,
                ["quote"],
                "[[first:нұрбек]]: «әкем ашуланса, біз бәріміз мал қораға кетеміз».",
            ),
            (
                4,
                ["insight"],
                "[[first:нұрбектің|нұрбек]] айтуынша, әкесі [[name:мұрат әбдіғаппаров|мұрат]] — [[desc:ауылдағы жалғыз мал дәрігері, ақ «Нивамен» жүретін]] — анасын ұрады. «ауылда бәрі оны сыйлайды, маған ешкім сенбейді».",
            ),
            (
                5,
                ["follow-up"],
                "оның келісімімен [[first:гүлназ]] апай учаскелік инспекторға хабарласады. анасы [[name:сәуле ермекқызы|сәуле]], тел. [[phone:8 (72531) 2-17-64]].",
            ),
            (
                6,
                [],
                "{{Абай}} айтқан «ақыл, {{қайрат}}, жүрек» туралы. [[first:жахонгир]]: «{{қайрат}} — ұру емес, шыдау».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:жахонгир]] ([[surname:исмаилов]]) — ЖСН [[iin:060914501327]], туған күні [[dob:14.09.2006]], волонтерлық анықтама үшін.",
            ),
            (
                8,
                ["referral"],
                "{{150}}; анасына — {{Шымкент}} дағдарыс орталығы, {{102}} тек өз келісімімен.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{9 қаңтар}}, Манкент, жаңа жылдан кейінгі алғашқы кездесу. 13 жігіт, [[first:серік]] көке пеш жақты.",
            ),
            (
                1,
                [],
                "жаттығу {{Бос орындық}}: жаныңда жоқ адамға бір сөз.",
            ),
            (
                2,
                ["quote"],
                "[[first:азиз]]: «dadajon, Koreyadan qayting, pul kerak emas» — әкесі {{Оңтүстік Кореяда}} үш жыл.",
            ),
            (
                3,
                ["quote"],
                "[[nick:қалампир]]: «менің акам Ресейде, мен оны жақсы көрмеймін. ол бізді ұмытты».",
            ),
            (
                4,
                ["insight"],
                "[[first:дилшод]] кейін: ағасы [[name:жамшид рахматуллаев|жамшид]] {{Мәскеуде}} жаңа отбасы құрыпты, жеңгесі [[first:зарина]] екі баласымен солардың үйінде тұрады.",
            ),
            (
                5,
                [],
                "жеңгесі туралы: [[first:зарина]] жеңгей — [[desc:Манкенттегі жалғыз әйел такси жүргізушісі, ақ «Кобальтпен»]] — ауыл оны сөгеді.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:зарина]] жеңгей {{Enbek.kz}} арқылы курсқа жазылғысы келеді; тел. [[phone:+7 705 427 18 93]].",
            ),
            (
                7,
                [],
                "{{Қожа Ахмет Ясауи}} туралы [[first:серік]] көке айтты: «әулие әйелді кемсітпеген».",
            ),
            (
                8,
                ["follow-up"],
                "[[name:азиз каримов|азиз]]: анасы [[name:шахноза каримова|шахноза]] опа, [[phone:8 701 562 90 14]], [[address:Манкент, көне мектептің артындағы екі қабатты үй, қақпасында анар суреті]].",
            ),
            (
                9,
                ["referral"],
                "{{IOM}} мигранттар отбасыларына арналған желісі; {{111}}.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{23 қаңтар}}, Қарабұлақ, мәдениет үйі. 15 жігіт және 5 ана, ашық кездесу.",
            ),
            (
                1,
                [],
                "келгендер: [[first:роза]] апа, [[name:гүлмира сейдахметова|гүлмира]] апа, [[first:күлпаш]] әже, [[name:ботагөз құрманова|ботагөз]] жеңгей.",
            ),
            (
                2,
                [],
                "жаттығу {{Ұлыма хат}}: аналар жазады, ұлдары оқиды.",
            ),
            (
                3,
                ["quote"],
                "[[first:күлпаш]] әже, [[nick:тоқаштың|тоқаш]] әжесі: «балам, атаң мені бір рет те ұрған жоқ. сен де ұрма».",
            ),
            (
                4,
                ["quote"],
                "[[first:роза]] апа: «[[first:ерназарым|ерназар]], сен маған ана болдың». [[nick:шелек]] жылап жіберді, бетін жасырды.",
            ),
            (
                5,
                ["insight"],
                "[[first:гүлмира]] апа кейін айтты: [[first:айдана]] үйге қайтты, күйеуі {{Түркістанға}} кетті. «ауыл сөйлейді, бірақ қызым тірі».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:роза]] апаға әкімдіктен көмір, [[first:айнұр]] арқылы; [[first:ерназарға|ерназар]] — мектеп психологы.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:нұрдәулет жолдасбеков|жолдасбеков]] — туған күні [[dob:2009 жылғы 3 ақпан]], ЖСН [[iin:090203501846]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; әкелерге — {{Шымкентте}} {{Анонимді алкоголиктер}} тобы.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{30 қаңтар}}, Жаңатұрмыс, 13 жігіт. тақырып: той, қалың мал, қыз алып қашу.",
            ),
            (
                1,
                [],
                "жаттығу {{Келісім сызығы}}: «қызды алып қашу — дәстүр». 4 жігіт «келісемін» жағында.",
            ),
            (
                2,
                ["quote"],
                "[[first:ерболат]]: «атам әжемді алып қашқан, 50 жыл бірге тұрды».",
            ),
            (
                3,
                ["insight"],
                "[[surname:сүлейменов]] ([[first:қайрат]]) кейін: көршісі [[first:мөлдір]] 17 жаста, оны {{Ордабасы}} жақтан бір жігіт «алып кетемін» деп жазып жүр. жігіттің инстасы [[handle:@batyr_ordabasy_07]].",
            ),
            (
                4,
                ["follow-up"],
                "[[first:гүлназ]] апай [[first:мөлдірдің|мөлдір]] анасымен сөйлеседі; анасы [[name:гүлжан әлиева|гүлжан]], тел. [[phone:+7 (7252) 39-61-04]]; [[address:клубтың қарсы бетіндегі сары үй, қақпасында ескі трактор дөңгелегі]].",
            ),
            (
                5,
                [],
                "{{Қылмыстық кодекс}}: адам ұрлау — бас бостандығынан айыру. [[first:жахонгир]] бабын телефоннан оқыды.",
            ),
            (
                6,
                ["quote"],
                "[[first:жахонгир]]: «менинг опам ҳам шундай олиб қочилган. ҳозир у ҳеч кулмайди».",
            ),
            (
                7,
                ["referral"],
                "{{112}}, {{111}}; {{Неке және отбасы туралы кодекс}}.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{6 ақпан}}, Ақсу ауылы, жаңа топ, 14 жігіт. ауыл әкімі [[name:ерлан сапарбекұлы|сапарбекұлы]] өзі келді, соңына дейін отырды.",
            ),
            (
                1,
                [],
                "танысу {{Атым және бір қасиетім}}: [[first:бекарыс]] «шыдамдымын», [[first:әділхан]] «күштімін», [[first:тимур]] «күлкілімін».",
            ),
            (
                2,
                [],
                "жаттығу {{Күш сызығы}}: «әкімнің баласы», «ауылдағы жесір әйел», «Ресейдегі мигрант».",
            ),
            (
                3,
                ["quote"],
                "[[nick:бұзау]] ([[first:бекарыс]], бәрінен жас, 14-те): «әкімнің баласы бірінші, бұл анық». әкім күлді.",
            ),
            (
                4,
                ["insight"],
                "сабақтан кейін [[first:тимур]]: анасы [[first:сәбира]] жесір, ауыл оны «жалғыз басты» деп сөйлейді; ағасы [[name:асқар жұмабаев|асқар]] анасының ақшасын тартып алады.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:тимурдың|тимур]] анасына әкімдіктің әлеуметтік көмегі; әкім өзі жазып алды. тел. [[phone:8 778 214 07 55]].",
            ),
            (
                6,
                [],
                "{{Айша бибі}} туралы аңызды айттық.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:бекарыс ерғалиев|ерғалиев]] — [[address:Ақсу, су мұнарасының қасындағы ақ үй, ауласында көк «Жигули»]]; анасы [[first:ақмарал]], [[phone:+7 771 508 62 49]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; әкімдіктің психологы бейсенбі сайын.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{20 ақпан}}, цикл соңы, {{Шымкент}} жастар орталығы, үш ауылдан 30 жігіт автобуспен келді.",
            ),
            (
                1,
                [],
                "сертификат тізімі (әкімдікке жіберілді): «[[name:Омаров Ерназар|Омаров]]; Қарабұлақ; 6 сабақ» / «[[name:Турсунов Ойбек|Турсунов]]; Манкент; 7» / «[[name:Әбдіғаппаров Нұрбек|Әбдіғаппаров]]; Жаңатұрмыс; 5».",
            ),
            (
                2,
                [],
                "жаттығу {{Бес жылдан кейін мен}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:шелек]]: «бес жылдан кейін мен анамды {{Шымкентке}} емдеуге апарамын, өз ақшама».",
            ),
            (
                4,
                ["quote"],
                "[[nick:пахта]]: «[[first:гулноза]] опам колледжда ўқияпти! dadam ҳам рози бўлди, ахири».",
            ),
            (
                5,
                [],
                "[[nick:домбыра]] «{{Елім-ай}}» орындады, бәрі тұрып тыңдады.",
            ),
            (
                6,
                ["insight"],
                "[[first:нұрбек]]: әкесі үйден кетті, анасы екеуі тыныш. «бірінші рет үйге қорықпай барамын».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:ойбек турсунов|ойбек]] — поштасы [[email:oybek.tursunov08@mail.ru]], тел. [[phone:87473105528]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}, {{102}} — сертификаттың артында.",
            ),
        ],
    ),
    # Shymkent mobile team: the youngest volunteer types Kazakh in the 2021 Latin letters
    (
        "kk",
        "Shymkent",
        [],
        [
            (
                0,
                [],
                "{{16 jeltoqsan}}, jyljymaly top {{Sairam}} jaqqa, Qarasu auylynyñ mektebı. 14 jıgıt. men, [[first:Aqjol]], büğın latynşa jazamyn — ortalyq sūrady.",
            ),
            (
                1,
                [],
                "jattyğu {{Men kımmın?}}: ärkım özı turaly üş söz.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Qazan]] ([[first:Beknur]], üide as üiden şyqpaidy, tamağy dämdı): «men aspaz bolğym keledı, bıraq äkem kuledı».",
            ),
            (
                3,
                ["resistance"],
                "[[name:Ūlan Äbılov|Äbılov]]: «erkek as üige kırmeidı, bızde solai».",
            ),
            (
                4,
                ["insight"],
                "sabaqtan keiın [[first:Beknur]]: äkesı [[name:Qanat Tölegenov|Qanat]] qaryzğa batqan, üidı satpaqşy; şeşesı [[first:Ainūr]] jylaidy. «men kolledjdı tastap, jūmysqa baramyn».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Gülnaz]] apai äkımdıktıñ äleumettık qyzmetkerıne habarlasady; onyñ şeşesınıñ nömırı [[phone:+7 701 925 34 80]].",
            ),
            (
                6,
                [],
                "{{Qoja Ahmet Iassaui}} kesenesıne saiahat turaly söilestık; [[first:Ūlan]]: «{{Türkıstan}} qalasyna eş baryp körmegenmın».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Beknur Tölegenov|Tölegenov]]: tuğan künı [[dob:2007 jylğy 11 qaraşa]], JSN [[iin:071111502394]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}; [[first:Gülnaz]] apai är beisenbı saiyn.",
            ),
        ],
    ),
    (
        "kk",
        "Shymkent",
        [],
        [
            (
                0,
                [],
                "{{27 qañtar}}, Qarasu, 15 jıgıt. taqyryp: telefon, qyzğanyş, Instagram.",
            ),
            (
                1,
                [],
                "jattyğu {{Bolady / bolmaidy}}: «qyzyñnyñ telefonyn tekseru», «onyñ suretın rūqsatsyz salu».",
            ),
            (
                2,
                [],
                "WhatsApp-tan, jıgıtter körsettı, rūqsatpen: «[26.01, 22:14] [[first:Aruna]] 🌸: qaidasyñ? nege jauap bermeisıñ?» / «[26.01, 22:15] [[name:Ūlan Äbılov|Ūlan]]: dostarmen. sağan ne?»",
            ),
            (
                3,
                ["insight"],
                "[[first:Ūlan]] keiın: [[first:Aruna]] onyñ suretın [[handle:@aruna.qarasu]] paraqşasyna salğan, ol da onyñ suretın saldy, «teñ boldyq». keiın ekeuı de öşırdı.",
            ),
            (
                4,
                ["resistance"],
                "[[first:Däulet]]: «qyz jıgıttıñ telefonyn tekserse — qalypty, jıgıt tekserse — zorlyq pa?» ūzaq dau.",
            ),
            (
                5,
                [],
                "{{Qylmystyq kodeks}}: intimdık suretterdı taratu — qylmys. [[first:Däulet]] tañ qaldy.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Däulettıñ|Däulet]] ağasy [[name:Erjan Sapar|Erjan]] fermer, jıgıtterge qysqy jūmys ūsyndy: [[phone:8 702 744 19 63]].",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Däulet Mūratūly|Mūratūly]] tūrady [[address:Qarasu, eskı diırmennıñ janyndağy qyzyl qaqpaly üi, qasynda «Altyn» dükenı]].",
            ),
            (
                8,
                ["referral"],
                "{{150}}; {{NeMolchi.kz}} boty; mektep psihology.",
            ),
        ],
    ),
    (
        "kk",
        "Shymkent",
        [],
        [
            (
                0,
                [],
                "{{17 aqpan}}, soñğy sabaq, Qarasu, 14 jıgıt, 3 äke keldı.",
            ),
            (
                1,
                [],
                "sertifikattar: [[name:Tölegenov Beknur|Tölegenov]], [[name:Äbılov Ūlan|Äbılov]], [[name:Mūratūly Däulet|Mūratūly]] jäne tağy on jıgıt.",
            ),
            (
                2,
                [],
                "jattyğu {{Äkeme hat}}: äkeler oqidy.",
            ),
            (
                3,
                ["quote"],
                "[[first:Qanat]] ağa, [[first:Beknurdyñ|Beknur]] äkesı: «balam, üidı satpaimyz. sen kolledjdı bıtıresıñ».",
            ),
            (
                4,
                ["insight"],
                "[[first:Nūrislam]]: şeşesı [[first:Zäuresh]] {{Türkiiada}} küñtık jūmysta; nağaşy äjesı [[first:Bibıgül]] ony asyrap otyr. «äjem menıñ anam da, äkem de».",
            ),
            (
                5,
                [],
                "[[first:Aqjol]] (men): bügın jıgıtterge {{Şäkärım}} öleñın oqydym.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Nūrislam Sadyrbek|Nūrislam]] — peer volonter, Telegram [[handle:@nurislam_sdr]], poşta [[email:nurislam.sadyrbek@gmail.com]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Bibıgül]] äjenıñ nömırı [[phone:8 (72531) 5-38-20]]; zeinetaqy qağazdaryna kömek kerek.",
            ),
            (
                8,
                ["referral"],
                "{{150}}, {{111}}, {{102}}.",
            ),
        ],
    ),
    # ---------------- mixed (7), typed in the Russian workshop ----------------
    # Osh college, mixed: Uzbek in Latin and Cyrillic, Kyrgyz and Russian in one note
    (
        "ru",
        "Ош",
        [],
        [
            (
                0,
                [],
                "{{25-dekabr}}, kollej, 15 bola. bugun [[first:Aibek]] agai yo'q, men yolg'iz, shuning uchun o'zbekcha-qirg'izcha-ruscha aralash yozaman.",
            ),
            (
                1,
                [],
                "mashg'ulot {{Oilada kim nima qiladi?}}: o'zbek bolalar «oyim», «buvim» deb yozdi, кыргыз балдар «апам», «чоң апам».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Qovun]]: «oyim Turkiyada, endi men osh pishiraman. guruch kuydi, ikki marta».",
            ),
            (
                3,
                ["quote"],
                "[[first:Nursultan]]: «менин агам [[first:Таалай]] кыздарды видеого тартып жүргөн, азыр TikTok өчүрүлдү».",
            ),
            (
                4,
                ["insight"],
                "[[first:Temur]] darsdan keyin: otasi [[name:Baxtiyor Abdullayev|Baxtiyor]] aka onasini uradi, «hamma biladi, hech kim gapirmaydi». по-русски добавил: «я боюсь за маму, но я ещё маленький».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Gulnara]] Abdiyevna bilan gaplashdim; onasi [[name:Dilfuza Abdullayeva|Dilfuza]] opa, telefon [[phone:+996 773 51 20 84]]; ular [[address:Kelinchak mahallasida, eski masjid orqasidagi sariq darvozali uy, eshik oldida tut daraxti]] yashaydi.",
            ),
            (
                6,
                [],
                "«{{Boburnoma}}» kitobidan parcha o'qidik: {{Bobur}} onasi haqida yozgan.",
            ),
            (
                7,
                ["referral"],
                "{{111}}, {{112}}; onasi uchun shahar inqiroz markazi va {{Spotlight}} yuristi.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Temur Abdullayev|Abdullayev]] — tug'ilgan sana [[dob:2008-yil 3-mart]], PIN [[iin:20303200850917]].",
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
                "{{15-январь}}, колледж, 14 бала. ата-энелер чатынан (WhatsApp), өзүмө эскертүү:",
            ),
            (
                1,
                [],
                "«[14.01, 19:02] [[first:Мохира]] опа (Туркиядан): [[first:Жасурбекни|Жасурбек]] эртага юборинг, у уйда ёлғиз 🙏» / «[14.01, 19:10] [[name:Зарина Усмонова|Зарина]]: албатта, опа».",
            ),
            (
                2,
                [],
                "машғулот {{Мен ва менинг ғазабим}}: аччиқланганда нима қиласан?",
            ),
            (
                3,
                ["quote"],
                "[[nick:Шамал]]: «мен качам, футболго. ошондо жеңил болот».",
            ),
            (
                4,
                ["quote"],
                "[[first:Эрмек]]: «в {{Екатеринбурге}} мужики дрались после каждой зарплаты. я ушёл, когда понял, что становлюсь таким же».",
            ),
            (
                5,
                ["insight"],
                "[[first:Сардор]]: акаси [[name:Шохрух Қодиров|Шохрух]] уйланганидан кейин хотини [[first:Севара]] ҳақида «у менинг мулким» дейди. у нима қилишни билмайди.",
            ),
            (
                6,
                ["quote"],
                "[[nick:Ковун]]: «менинг ойим ҳам ҳеч кимнинг мулки эмас, у Туркияда ишлаяпти». баары унчукпай калды.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Севара Қодирова|Севара]] учун — шаардын кризис борбору, {{112}}; [[first:Сардор]] рози.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Эрмек Жолдошев|Жолдошев]] — келерки циклде жардамчы; почта [[email:ermek.jol.osh@gmail.com]].",
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
                "{{5-февраль}}, колледж, 16 бала, сыртта кар. [[first:Айбек]] агай экөөбүз.",
            ),
            (
                1,
                [],
                "көнүгүү {{Атама кат}}: атасына кат жазышат, жөнөтүшпөйт.",
            ),
            (
                2,
                ["quote"],
                "[[first:Бекболот]]: «ата, [[first:Айзаданы|Айзада]] ошол кишиге бербей койгонуң үчүн рахмат». атасы бир ай мурун макул болгон экен.",
            ),
            (
                3,
                ["insight"],
                "[[first:Нурсултан]]: агасы [[name:Таалай Мамытов|Таалай]] милицияга чакырылды, азыр «тынч». апасы [[first:Чолпон]] эже уулуна рахмат айтты.",
            ),
            (
                4,
                ["resistance"],
                "[[surname:Абдуллаев]]: «отец всегда прав, даже если бьёт». [[first:Улугбек]]: «otam meni hech qachon urmagan, lekin u ham har doim to'g'ri emas».",
            ),
            (
                5,
                [],
                "окуп бердим: {{Кыргыз Республикасынын Үй-бүлө кодекси}} — никеге туруу 18 жаштан.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Айзада]] {{Бишкекте}} колледжге тапшырды; анын номери [[phone:0550 27 93 14]], [[nick:Шамал]] берди, эжеси макул.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Нурсултан Мамытов|Мамытов]] — [[address:Келечек конушу, 5-көчө, дүкөндүн жанындагы кызыл кирпич үй]].",
            ),
            (
                8,
                ["referral"],
                "{{111}}, {{112}}; колледждин психологу [[first:Гулнара]] Абдиевна.",
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
                "{{19-fevral}}, oxirgi dars, 17 bola, onalar ham keldi.",
            ),
            (
                1,
                [],
                "sertifikatlar ro'yxati (Excel'dan, ustunlar «;» bilan): «[[surname:Rahimov]];[[first:Jasurbek]];8» / «[[surname:Yusupov]];[[first:Ulug'bek]];7» / ….",
            ),
            (
                2,
                [],
                "mashg'ulot {{Bir yildan keyin men}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Qovun]]: «oyim qaytib keldi! endi osh pishirishni u o'rgatadi, men esa dars qilaman».",
            ),
            (
                4,
                ["quote"],
                "[[first:Mohira]] opa: «o'g'lim bu qishda menga ona bo'ldi». zal jim.",
            ),
            (
                5,
                ["quote"],
                '[[nick:Kalit]]: «dadamga telefonda "sizni sog\'indim" dedim. u jim qoldi, keyin "men ham" dedi».',
            ),
            (
                6,
                ["insight"],
                "[[first:Temur]]: onasi [[first:Dilfuza]] opa ajrashish uchun ariza berdi. «uyda tinch, lekin pul yo'q». [[first:Gulnara]] Abdiyevna ular bilan ishlaydi.",
            ),
            (
                7,
                [],
                "[[first:Адилет]] «{{Манас}}» эпосунан {{Каныкей}} жөнүндө үзүндү окуду, баары тынч угушту.",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Bekbolot Tashiev|Tashiev]] keyingi siklda volontyor: Telegram [[handle:@shamal_bekbolot]], telefon [[phone:+996 706 48 15 30]].",
            ),
            (
                9,
                ["referral"],
                "{{111}}, {{112}}, {{Spotlight}} — sertifikat orqasida.",
            ),
        ],
    ),
    # Khujand youth NGO, mixed: Tajik with and without Ӣ Ӯ Ҳ Ҷ, Uzbek and Russian; mahallas
    (
        "ru",
        "Худжанд",
        [],
        [
            (
                0,
                [],
                "{{20 декабр}}, {{Хуҷанд}}, дафтари ТҶ, 14 бача. имрӯз [[first:Мавзуна]] опа нест, ман [[first:Фарзона]] менависам — тоҷикӣ, ӯзбекӣ, русӣ омехта.",
            ),
            (
                1,
                [],
                "машқ {{Дар хона кӣ чӣ кор мекунад?}}: бачаҳои ӯзбек «oyim», «buvim», тоҷикҳо «модарам», «бибиам» навиштанд.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Қанд]]: «бувим [[first:Раъно]] ҳамма ишни қилади, бобом телевизор кўради». потом сам: «но бобо болеет».",
            ),
            (
                3,
                ["quote"],
                "[[first:Бахтиёр]] (бе ҳарфҳои тоҷикӣ менависад, мисли худаш): «модарам хамаи шаб дарзмол мекунад, ман ёрдам намедихам, шарм медорам».",
            ),
            (
                4,
                ["insight"],
                "[[nick:Лиму]] баъд аз дарс: ҳамсояҳо дар маҳалла дар бораи модараш [[first:Гулбаҳор]] гап мезананд; як мард, [[name:Фирдавс Ҳакимов|Ҳакимов]], [[desc:соҳиби ягона дӯкони либос дар назди истгоҳи автобуси Панҷшанбе]], ба ӯ паём менависад.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Мавзуна]] опа бо модараш гап мезанад; телефон [[phone:+992 (3422) 6-41-27]].",
            ),
            (
                6,
                [],
                "{{Камоли Хуҷандӣ}}: як байт хондем, [[first:Сиёвуш]] аз ёд медонист.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Бахтиёр Исмоилов|Бахтиёр]] — санаи таваллуд [[dob:15.04.2008]], [[address:маҳаллаи Навобод, кӯчаи сеюм, дари оҳании кабуд, назди ҳавзи хушк]].",
            ),
            (
                8,
                ["referral"],
                "{{Кумитаи кор бо занон ва оила}}; {{112}}; психологи ТҶ рӯзи чоршанбе.",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        [],
        [
            (
                0,
                [],
                "{{17 январ}}, 13 бача, барқ набуд, бо фонарики телефон. Мавзӯъ: рашк ва телефон.",
            ),
            (
                1,
                [],
                "машқ {{Мумкин / мумкин нест}}: «телефони духтарро санҷидан», «суратро бе иҷозат гузоштан».",
            ),
            (
                2,
                ["quote"],
                "[[nick:Компас]]: «агар ӯ пароль дорад, пас касе дорад».",
            ),
            (
                3,
                [],
                "WhatsApp, [[first:Зафар]] нишон дод, бо иҷозат: «[16.01, 23:40] [[first:Шаҳзода]] 💔: ту куҷо? чаро ҷавоб намедиҳӣ?» / «[16.01, 23:41] [[name:Зафар Раҳимов|Зафар]]: бо бачаҳо. ту чӣ кор дорӣ?»",
            ),
            (
                4,
                ["insight"],
                "Ӯ баъд: [[first:Шаҳзода]] суратҳои ӯро дар Instagram [[handle:@shahzoda_khj]] гузошт, ӯ ҳам ҳамин тавр. «мо баробар».",
            ),
            (
                5,
                [],
                "Прочитали статью {{Уголовного кодекса Республики Таджикистан}} про распространение интимных фото; [[first:Фаррух]] перевёл на узбекский: «bu jinoyat».",
            ),
            (
                6,
                ["quote"],
                "[[nick:Мотор]]: «у меня сестра [[first:Шаҳноза]], если бы ей так сделали — я бы убил». [[first:Сиёвуш]]: «а если ты так делаешь чужой сестре?»",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Фаррух Назаров|Фаррух]] — сестра [[first:Шаҳноза]] хочет в женскую группу НГО; её почта [[email:shahnoza.nazarova07@mail.ru]].",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Сиёвуш Каримов|Каримов]] — телефон [[phone:918 64 27 05]]; в следующий раз проведёт разминку.",
            ),
            (
                9,
                ["referral"],
                "{{112}}; {{Кумитаи кор бо занон ва оила}}; психолог НГО.",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        [],
        [
            (
                0,
                [],
                "{{21 феврал}}, охирин машғулот, 16 бача ва 4 модар. Сертификатҳо.",
            ),
            (
                1,
                [],
                "Рӯйхат аз ҷадвал, сутунҳо бо «;»: «[[surname:Назаров]];[[first:Фаррух]];+» «[[surname:Исмоилов]];[[first:Бахтиёр]];+» ….",
            ),
            (
                2,
                [],
                "Машқ {{Чӣ тағйир ёфт?}} / {{Что изменилось?}}.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Қанд]]: «холаваччам [[first:Дилноза]] тиббиёт коллежига ҳужжат топширди. бувим ҳам рози».",
            ),
            (
                4,
                ["quote"],
                "[[first:Гулбаҳор]] опа, модари [[nick:Лиму]]: «писарам ҳоло ба ман дар дӯкон ёрдам медиҳад. ҳамсояҳо хомӯш шуданд».",
            ),
            (
                5,
                ["insight"],
                "[[first:Исфандиёр]]: отчим ушёл, мама [[first:Мунира]] подала на алименты. «первый раз сплю дома каждую ночь».",
            ),
            (
                6,
                [],
                "Дар охир шеъре аз {{Мирзо Турсунзода}} хондем.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Исфандиёр Шарипов|Исфандиёр]] — санаи таваллуд [[dob:3 марти 2010]], шиноснома надорад, шаҳодатномаи таваллуд [[passport:I-СУ № 0741826]].",
            ),
            (
                8,
                ["referral"],
                "{{112}}, {{Кумитаи кор бо занон ва оила}}, юристи ТҶ — дар пушти сертификат.",
            ),
        ],
    ),
]
