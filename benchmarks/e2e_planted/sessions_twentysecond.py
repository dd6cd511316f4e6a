# Synthetic facilitator notes for the e2e anonymization check (twenty-second set).
# All people, numbers, addresses, accounts are INVENTED. Public figures appear only as public figures.
SESSIONS = [
    # ---------------- en (11) ----------------
    # Almaty NGO intern: English for the donor log, Russian quotes as spoken, names often in small letters,
    # English-word nicknames, pasted WhatsApp lines
    (
        "en",
        "Almaty",
        [],
        [
            (
                0,
                [],
                "{{14 November}}, 18:30, our office near {{Green Bazaar}}, 16 guys aged {{16-21}}, 5 new ones from the college dorm in Aksay.",
            ),
            (
                1,
                [],
                "Warm-up {{Two Truths and a Lie}}. Everyone laughed at [[nick:biscuit]]'s lie that he met {{Elena Rybakina}} at the airport.",
            ),
            (
                2,
                ["quote"],
                "[[first:Temirlan]] (everyone says [[first:Tima]]): «Если жена больше зарабатывает, это уже не семья, а бизнес-партнёрство». Half the room clapped.",
            ),
            (
                3,
                ["insight"],
                "Later [[first:tima]] admitted his mum earns more than his dad since the dad's shop closed, and 'nobody at home says it out loud'.",
            ),
            (
                4,
                [],
                "{{Man Box}}: for «настоящий мужик» they wrote car, flat before 25, doesn't cry, can fight, «решает вопросы».",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Biscuit]] ([[name:Rauan Seitkali|Seitkali]]) scrolled TikTok the whole time, said this is «западная повестка» and «нам это в школе уже грузили».",
            ),
            (
                6,
                ["quote"],
                "[[first:Miras]]: «Моя сестра сама выбрала мужа, и папа полгода с ней не разговаривал».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Miras]] asked if we can help his sister [[first:Dana]]: her husband keeps her ID card. I said I'd ask our lawyer. [[first:Miras]]'s telegram [[handle:@miras_kz_02]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:rauan]] wants a certificate for his uni application: [[email:rauan.seitkali@gmail.com]], born [[dob:5 March 2006]].",
            ),
            (9, ["referral"], "Gave everyone the {{150}} card and the crisis centres' line {{1409}}."),
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
                "{{Saturday}}, {{11:00}}, 9 guys in person. Before that I copied some lines from the cohort WhatsApp (they agreed).",
            ),
            (
                1,
                ["quote"],
                "[21:03] [[first:Aidar]] Kaskelen: ну я не против чтоб жена работала, но с детьми кто сидеть будет\n[21:04] [[nick:Ghost]]: бабушка)))\n[21:04] [[first:Vlad]]: а если бабушка тоже работает?",
            ),
            (
                2,
                ["insight"],
                "[[nick:Ghost]] is [[name:Ilya Shevtsov|Shevtsov]], he never turns his camera on in online sessions. Today in person he talked a lot: he picks up his little brother from kindergarten every day because his mum works night shifts at the airport.",
            ),
            (
                3,
                [],
                "Exercise {{Who Does What at Home}}: 20 chores on the wall, everyone puts stickers. Bills and repairs went to dad, everything else to mum.",
            ),
            (
                4,
                ["resistance"],
                "[[first:vlad]] said feminism is the reason «у нас столько разводов». [[first:aidar]] argued with him, I let them go for a while.",
            ),
            (
                5,
                ["quote"],
                "[[first:Aidar]]'s dad, as he quoted him: «мужчина должен быть как {{Токаев}}: спокойный, но последнее слово за ним».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Vlad]] seems off today. Said his stepdad «воспитывает ремнём». He is {{17 years old}}. One-on-one next week, his number [[phone:+7 (707) 418-29-63]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ilya]]'s mum wants the schedule: [[email:o.shevtsova75@mail.ru]]. They live at [[address:mkr Orbita-3, bldg 14, apt 27]].",
            ),
            (8, ["referral"], "Sent [[first:Vlad]] the {{111}} link and our psychologist's hours (Tue/Thu)."),
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
                "Kaskelen, agrarian college, 12 young men {{17-22}}, most of them come in from the auls by bus.",
            ),
            (
                1,
                [],
                "Started with {{Line of Opinions}}: 'a man can be a nurse'. 8 disagreed, 4 agreed, nobody in the middle.",
            ),
            (
                2,
                ["quote"],
                "[[first:Abylai]]: «Мы потомки {{Абылай хана}}, у нас мужчина решает». I asked what {{Abylai Khan}}'s mother did. Nobody knew.",
            ),
            (
                3,
                ["insight"],
                "[[first:abylai]]'s older sister is [[desc:the only girl in the Kaskelen boxing club, she won the regional cup last spring]]. He said it with pride, then added «но замуж её никто не возьмёт».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Kolbasa]] ([[name:Beksultan Omirzakov|Omirzakov]]) kept saying «это всё для городских». Sat by the window with his hood up.",
            ),
            (
                5,
                [],
                "Role play 'the son-in-law who washes the dishes at his in-laws'. Big laughs, but two guys said their fathers do that.",
            ),
            (
                6,
                ["follow-up"],
                "[[nick:kolbasa]] stayed after. His dad hits his mum when drunk, he is scared to leave her alone at night. He lives [[address:in the last house before the canal on the road to Shamalgan, the one with a blue fence and a walnut tree]].",
            ),
            (
                7,
                ["referral"],
                "Gave [[first:Beksultan]] {{150}} and explained the {{protective order}}. He asked if police will come 'with lights'. Said it can be quiet.",
            ),
            (
                8,
                ["follow-up"],
                "His uncle drives him home, grey Camry [[plate:512 ATK 05]], uncle's number [[phone:8 701 552 40 17]]. [[first:Abylai]] DOB [[dob:12/08/2007]].",
            ),
        ],
    ),
    (
        "en",
        "Esik",
        [],
        [
            (
                0,
                [],
                "Esik, youth centre next to the museum of the {{Golden Man}}. 10 guys, {{15-19}}, 4 pm start.",
            ),
            (
                1,
                ["quote"],
                "[[first:dauren]]: «моя мама говорит: сын это опора, дочь это гость». Others nodded.",
            ),
            (
                2,
                ["insight"],
                "[[first:dauren]] has three sisters, he is the youngest. He said he feels «должен» to all of them and it's heavy.",
            ),
            (
                3,
                [],
                "{{Act Like a Man Box}} again, it works here. New word on the board: «уят», shame. Long talk about what is уят for a girl and what for a boy.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Sheriff]], real name [[first:Yernar]] ([[desc:his dad is the district police inspector for the Esik bazaar area]]), said domestic violence is «семейное дело, полиция не лезет».",
            ),
            (
                5,
                ["insight"],
                "After the break [[first:yernar]] said his father actually tells neighbours to call him and not {{102}}. Then he got quiet.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:dauren abenov|abenov]]: IIN [[iin:080117500924]], passport [[passport:N 14528830]] for the Astana trip, mum [[phone:87774105532]].",
            ),
            (
                7,
                ["referral"],
                "Told [[first:Dauren]] about the youth health centre, and the {{150}} line for the sisters.",
            ),
            (
                8,
                [],
                "Next time 16:00, they have football before. Ask the museum about a free tour, they want to see the {{Issyk kurgan}} hall.",
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
                "{{21 November}}, 19:00, office, 14 guys. Topic: «алып қашу», bride kidnapping, the group asked for it last time.",
            ),
            (
                1,
                [],
                "Watched 6 min of a {{UN Women}} video, then {{Four Corners}}: 'It's a tradition', 'It's a crime', 'It depends', 'I don't know'.",
            ),
            (
                2,
                ["quote"],
                "[[first:Nurdaulet]] ([[first:Nurik]]): «Мой дядя так жену украл, и они 20 лет нормально живут». Most went to 'It depends'.",
            ),
            (
                3,
                ["insight"],
                "[[first:nurik]] then said his cousin [[first:Aruzhan]] was taken in {{2023}} and she «плакала неделю, потом осталась». He's not sure it's ok anymore.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Sensei]] ([[name:Timur Zhunusov|Zhunusov]], karate) said «если девушка не хотела, сбежала бы». Heated. [[first:Islam]] answered him: «а ты бы сбежал от пяти мужиков?»",
            ),
            (
                5,
                [],
                "Read out the {{Criminal Code}} article on forced marriage and the {{April 2024 law}} on women's rights and child safety.",
            ),
            (
                6,
                ["insight"],
                "[[first:Islam]] said {{Islam}} forbids marrying someone without consent, the imam at their mosque said so in a Friday talk.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Nurdaulet]] wants to volunteer: [[email:nurik.dzh2007@mail.ru]], insta [[link:instagram.com/nurik.almaty07]], born [[dob:14th of June 2007]].",
            ),
            (
                8,
                ["follow-up"],
                "Do not contact [[first:Aruzhan]] directly. [[first:Nurik]] will ask her if she wants our partner crisis centre's contact.",
            ),
        ],
    ),
    (
        "en",
        "Uzynagash",
        [],
        [
            (
                0,
                [],
                "Uzynagash, school gym after classes, 11 boys from 9th-11th grade, the PE teacher stayed.",
            ),
            (
                1,
                [],
                "They showed me the way to the {{Zhambyl Zhabayev}} museum, the PE teacher is proud of it.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Mayor]] (class president, [[name:Arsen Tulegenov|Tulegenov]]): «Девочки умнее, но командовать всё равно нам».",
            ),
            (
                3,
                ["insight"],
                "[[first:Askar]] said his mum is [[desc:the vet for the whole Uzynagash horse farm]] and his dad stays home since the accident. Some boys didn't know.",
            ),
            (
                4,
                [],
                "Game {{Step Forward}}: the girls' roles ended up at the back. [[first:askar]]: 'that's just life'. Then silence.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Arsen]] and [[first:Rustem]] joked the whole time about «подкаблучник». The PE teacher told them off, I asked him not to.",
            ),
            (6, [], "The akim's office (the village {{mayor}}) gave us the hall for December for free."),
            (
                7,
                ["follow-up"],
                "[[first:rustem]] lives with his grandma, parents in {{Korea}} for work. Grandma [[phone:8 (72770) 2-15-48]], [[address:Uzynagash, Sadovaya 17]].",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:mayor]] wants to run a session himself with the 9th graders. Email [[email:arsen.tulegenov@bk.ru]].",
            ),
        ],
    ),
    # Khorog (Pamir) youth centre volunteer: English for the centre's log, Tajik and Russian quotes, Pamiri names
    (
        "en",
        "Khorog",
        [],
        [
            (
                0,
                [],
                "Khorog youth centre, {{23 November}}, 15:00. 13 guys {{16-24}}, three from {{University of Central Asia}}, the rest from the lyceum and the bazaar.",
            ),
            (1, [], "Icebreaker in three languages (Shughni, Tajik, Russian), then {{Gender Boxes}}."),
            (
                2,
                ["quote"],
                "[[first:Davlatsho]] ([[first:Davlat]]): «Марди помирӣ ба зан даст намезанад», a Pamiri man doesn't hit a woman. Others: «ну-ну».",
            ),
            (
                3,
                ["insight"],
                "[[first:davlat]] later: his uncle does, and the family «молчит, чтобы люди не говорили». He asked me not to write the uncle's name; I didn't.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Yak]] ([[name:Shohnazar Qurbonshoev|Qurbonshoev]]) said in {{Moscow}} he saw how 'women there rule men' and he doesn't want that here.",
            ),
            (
                5,
                ["insight"],
                "[[first:Shohnazar]] works in Moscow 8 months a year, sends money to his mother and two sisters. He cooks for himself there. 'In Khorog I don't touch the kitchen.'",
            ),
            (
                6,
                [],
                "Talked about {{Nosiri Khusraw}} and what he wrote about knowledge for everyone; the UCA guys knew more than me.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Davlatsho]]'s number [[phone:+992 93 507 41 28]], lives [[address:Khorog, up the botanical garden road, the house next to the old water tank]].",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Qurbonshoev]] leaves for Moscow on {{2 December}}. WhatsApp [[phone:+7 916 208 33 71]] (his Russian number).",
            ),
        ],
    ),
    (
        "en",
        "Porshinev",
        [],
        [
            (0, [], "Porshinev, school hall, 9 guys, electricity from 16:00 only. We started at 16:10."),
            (
                1,
                ["quote"],
                "[[first:Mamadsho]]: «Зан бояд дар хона бошад, вале хондан лозим», a wife should be at home but she must be educated.",
            ),
            (
                2,
                ["insight"],
                "[[first:mamadsho]]'s mother is [[desc:the only female physics teacher in Porshinev]], he is proud of her and says she knows more than his father.",
            ),
            (3, [], "{{Privilege Walk}}, shortened, the hall is small."),
            (
                4,
                ["resistance"],
                "[[nick:Kino]] (he films everything, real name [[first:Parviz]]) said the centre is 'paid by foreigners to change our families'. Took 15 min.",
            ),
            (
                5,
                ["insight"],
                "[[first:parviz]] after: his cousin [[first:Zarina]] was sent to Dushanbe to marry at 18, she calls him crying. He didn't say it in the circle.",
            ),
            (
                6,
                ["referral"],
                "Gave [[first:Parviz]] the number of the women's resource centre in Khorog and {{112}}, and showed the {{Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»}}.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Mamadsho]] wants to join the debate club: [[email:mamadsho.porshinev@gmail.com]], born [[dob:02/10/2007]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Parviz]]'s brother drives Khorog-Porshinev, white Delica [[plate:4507 BB 04]].",
            ),
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
                "{{30 November}}, Khorog, centre, 11 guys. Topic: migration, and who is the 'man of the house' when the men leave.",
            ),
            (
                1,
                ["quote"],
                "[[first:Khudoyor]]: 'My father is in {{Russia}} 12 years. My mother is the father. I am the father when she is tired.'",
            ),
            (
                2,
                ["insight"],
                "Everyone has somebody in Russia. [[first:khudoyor]] is {{19 years old}} and wants to go next spring.",
            ),
            (
                3,
                [],
                "Exercise {{Letters Home}}: write a letter to the one who left, or who will be left. Three boys cried, nobody laughed.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Commander]] ([[name:Alidod Mirzonazarov|Mirzonazarov]]) said crying is for women: «дар Помир мардҳо гиря намекунанд».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Khudoyor]] asked for help with the passport renewal, his passport [[passport:A 04715532]] expires in March. Tax number [[iin:520417883]].",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Alidod]]'s mum is [[desc:the one woman taxi driver in Khorog]], he says the other drivers call her «брат».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:alidod]] insta [[link:instagram.com/alidod_pamir]], phone [[phone:93 441 20 87]].",
            ),
            (
                8,
                ["referral"],
                "Shared the {{IOM}} info session for migrants in {{Dushanbe}}, and the pre-departure guide.",
            ),
        ],
    ),
    # Samarkand mahalla worker (sessions with a visiting English-speaking observer): Uzbek Latin with Tajik words
    (
        "en",
        "Samarqand",
        [],
        [
            (
                0,
                [],
                "Mahalla guzari, 12 yigit, {{15-20 yosh}}. Mehmon [[first:Emma]] ({{British Council}}) ingliz tilida kuzatdi.",
            ),
            (
                1,
                [],
                "Mashq {{Erkak qutisi}}: doskaga pul, mashina, uy, yig'lamaydi, «gap bitta» deb yozishdi.",
            ),
            (
                2,
                ["quote"],
                "[[first:Shoxruh]]: «Xotin ishlasa, erkakni hurmat qilmay qo'yadi». [[first:Emma]] so'radi: why? U: «bilmadim, dadam shunday deydi».",
            ),
            (
                3,
                ["insight"],
                "[[first:Shoxruhning|Shoxruh]] onasi bozorda non sotadi, otasi {{Rossiyada}}. «Uyda kim boshliq?» — «onam, lekin aytmaymiz».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Tarvuz]] ([[name:Jasurbek Qodirov|Qodirov]]) kulib o'tirdi: «bu gaplar {{Yevropa}} uchun». Bachaho ham kulishdi.",
            ),
            (
                5,
                ["quote"],
                "[[first:Jasurbek]] keyin: «akam xotinini uradi, lekin u yaxshi odam», dedi va jim bo'ldi.",
            ),
            (
                6,
                ["referral"],
                "[[first:Jasurbekka|Jasurbek]] {{1146}} raqamini berdim, {{himoya orderi}} haqida tushuntirdim.",
            ),
            (
                7,
                ["follow-up"],
                "Akasi [[name:Qodirov Anvar|Qodirov]], telefon [[phone:+998 (91) 540-17-83]], uylari [[address:Samarqand sh., Dahbed yo'li 12-uy, 5-xonadon]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Shoxruh]] sertifikat uchun: tug'ilgan [[dob:2007 yil 11 mart]], JSHSHIR [[iin:51103071234567]].",
            ),
            (9, [], "[[first:Emma]]: 'great energy'. Keyingi safar {{Registon}} yonidagi yoshlar markazida."),
        ],
    ),
    (
        "en",
        "Urgut",
        [],
        [
            (
                0,
                [],
                "Urgut, {{Chor Chinor}} bog'i yonidagi choyxona, 10 yigit. Ko'pchilik tojikcha gapiradi.",
            ),
            (1, ["quote"], "[[first:Firdavs]]: «zan boyad dar xona boshad, mard dar bozor». Hamma kuldi."),
            (
                2,
                ["insight"],
                "[[first:firdavsning|firdavs]] onasi bozorda gilam sotadi, otasi kasal. «Modaram hamaashro mekashad», onam hammasini tortadi.",
            ),
            (3, [], "Mashq {{Kim nima qiladi}}: uy ishlari ro'yxati, stikerlar bilan."),
            (
                4,
                ["resistance"],
                "[[nick:Polvon]] ([[name:Behzod Rahmonov|Rahmonov]]), kurashchi: «ayollarni ko'p gapirtirsang, boshga chiqadi».",
            ),
            (
                5,
                ["insight"],
                "[[nick:polvon]] keyin: singlisi [[first:Sevinch]] 10-sinfda, dadasi uni 17 yoshda turmushga bermoqchi. «Men qarshiman, lekin dadam...»",
            ),
            (
                6,
                ["referral"],
                "Erta nikoh haqida: {{Oila kodeksi}}, 18 yosh. [[first:Behzodga|Behzod]] mahalla {{xotin-qizlar faoli}} raqamini berdim.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Rahmonovlar|Rahmonov]] oilasi: [[address:Urgut, bozor orqasidagi tor ko'cha, darvozasi yashil, tut daraxti bor uy]]. Otasi [[phone:93 355 02 61]].",
            ),
            (8, [], "Mashg'ulotni {{sevinch}} bilan tugatdik, choyxonachi osh berdi."),
        ],
    ),
    # ---------------- ru (20) ----------------
    # Kostanay college counsellor: tidy Russian with counsellor shorthand, Kazakh kin words, surnames in case forms
    (
        "ru",
        "Костанай",
        [],
        [
            (
                0,
                [],
                "{{12 ноября}}, 14:30, ауд. 214. Юноши двух групп, 15 человек, {{16–19 лет}}. Тема «Кто в семье главный».",
            ),
            (
                1,
                [],
                "Разминка «Найди пару по ладони». Потом {{Линия мнений}}: «мужчина может уйти в декрет».",
            ),
            (2, ["quote"], "[[first:Денис]]: «мужик приносит деньги, остальное не его забота. так у всех»."),
            (
                3,
                ["insight"],
                "[[surname:Кравченко]] потом сам добавил: отчим полгода без работы, мама на двух ставках, «и никто его не называет не-мужиком, просто молчат».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Шайба]] (так его зовут в группе, хоккеист, [[name:Артём Шевчук|Шевчук]]) всю {{Линию мнений}} простоял у стены «против», объяснять отказался.",
            ),
            (
                5,
                [],
                "Ещё раз проговорила правила круга: не перебиваем, не смеёмся над тем, что человек сказал о своей семье.",
            ),
            (
                6,
                ["follow-up"],
                "Предложила [[surname:Шевчуку|Шевчук]] провести разминку в следующий раз. Согласился, неожиданно.",
            ),
            (
                7,
                ["referral"],
                "[[first:Денису|Денис]] дала {{111}} и свои часы приёма (вт, чт 13:00–15:00, каб. 108).",
            ),
            (
                8,
                ["follow-up"],
                "Мама: [[name:Кравченко Ирина Викторовна|Кравченко]], раб. [[phone:8 (7142) 54-17-30]], сот. [[phone:8 776 213 09 45]]. [[first:Денис]], д.р. [[dob:03.04.2007]], ИИН [[iin:070403500318]].",
            ),
            (
                9,
                [],
                "После пары [[nick:шайба]] спросил, можно ли прийти поговорить «не про хоккей». Записала на четверг.",
            ),
        ],
    ),
    (
        "ru",
        "Костанай",
        [],
        [
            (
                0,
                [],
                "{{19 ноября}}, та же группа + 4 новых сварщика, 17 человек. Начали в {{15:00}}, сварщики опоздали с практики.",
            ),
            (
                1,
                ["quote"],
                "[[first:Ерболу|Ербол]] задала вопрос, кто у них дома готовит: «апам, кто ещё. я ж не баба».",
            ),
            (
                2,
                ["insight"],
                "[[nick:Тюлень]] ([[name:Виктор Беккер|Беккер]]) большой, молчал весь прошлый раз. Сегодня рассказал, что сам готовит на троих младших: мама уехала на заработки в {{Екатеринбург}}.",
            ),
            (
                3,
                [],
                "{{Пирог домашних дел}}: у 12 из 17 почти весь пирог — мама. Сварщики удивились сами себе.",
            ),
            (
                4,
                ["resistance"],
                "[[name:Айдос Мухамеджанов|Мухамеджанов]]: «в {{Коране}} написано, муж глава семьи». Сказала, что глава не значит тот, кто бьёт, и что о религии спорить не будем.",
            ),
            (
                5,
                ["follow-up"],
                "У [[surname:Мухамеджанова|Мухамеджанов]] дома старший брат «воспитывает» сестру, забирает телефон. Сестра, [[first:Камила]], у нас на 1 курсе.",
            ),
            (
                6,
                ["referral"],
                "Поговорила с [[first:Камилой|Камила]] отдельно, дала {{150}} и адрес кризисного центра. Говорит, пока не надо, «брат не злой».",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:тюлень]]: тел. [[phone:87052214786]], живут [[address:5 мкр., д. 12, кв. 48]]. Бабушка, [[name:Эльза Беккер|Беккер]], приходит по средам.",
            ),
            (8, [], "Куратору: про [[first:Витю|Витя]] по группе ничего не говорить, только мне."),
            (
                9,
                ["insight"],
                "[[first:ербол]] в конце: «я маме ни разу чай не налил». Посмеялись, но по-доброму.",
            ),
        ],
    ),
    (
        "ru",
        "Рудный",
        [],
        [
            (
                0,
                [],
                "Рудный, политехнический колледж, актовый зал. 13 юношей {{17–18 лет}}, почти у всех отцы работают на {{ССГПО}}.",
            ),
            (1, ["quote"], "[[nick:Гвоздь]]: «батя в карьере 25 лет, мать дома, и правильно, так и должно»."),
            (
                2,
                ["insight"],
                "Через полчаса тот же [[nick:Гвоздь]] сказал, что отец после смены пьёт и «мать потом тоналкой замазывает». Все замолчали, никто не засмеялся.",
            ),
            (3, [], "Перерыв. В столовой дали {{компот}} и булочки, ребята ожили."),
            (
                4,
                ["resistance"],
                "[[nick:Компот]] ([[first:Максим]]) и ещё двое ржали на {{Горячем стуле}}, пришлось рассадить по разным углам.",
            ),
            (
                5,
                ["follow-up"],
                "Настоящее имя [[nick:Гвоздя|Гвоздь]]: [[name:Станислав Ткаченко|Ткаченко]], второй курс. Договорились встретиться без группы.",
            ),
            (
                6,
                ["referral"],
                "[[surname:Ткаченко]] дала {{111}}, объяснила про {{защитное предписание}}. Боится, что отца уволят, «тогда вообще конец».",
            ),
            (
                7,
                ["follow-up"],
                "Мама: [[name:Оксана Ткаченко|Ткаченко]], раб. [[phone:8 (71431) 5-62-18]]. Отец забирает после пар на «Ниве» [[plate:417 AKR 10]].",
            ),
            (
                8,
                ["insight"],
                "[[first:максим]] в конце сказал, что его мама — [[desc:единственная женщина-машинист экскаватора на Качарском карьере]], и «никто из пацанов в это не верит».",
            ),
            (9, [], "Следующая встреча в Рудном {{3 декабря}}, тот же зал."),
        ],
    ),
    (
        "ru",
        "Лисаковск",
        [],
        [
            (
                0,
                [],
                "Лисаковск, техникум, 11 парней {{16–18 лет}}. Пришли после физры и так и остались в спортзале.",
            ),
            (1, [], "Упражнение {{24 часа из жизни семьи}}: расписать день мамы и папы по часам."),
            (
                2,
                ["quote"],
                "[[first:жека]]: «у мамы день с 6 утра до 12 ночи, у бати работа и диван». сам удивился.",
            ),
            (
                3,
                ["insight"],
                "[[first:санёк]] ([[name:Александр Цой|Цой]]) долго молчал, потом: «у нас папа всё делает, мама болеет». У него на заставке {{Виктор Цой}}, шутили про однофамильца.",
            ),
            (
                4,
                ["quote"],
                "Скопировала из их чата (показал [[first:Жека]]):\n[20:41] [[first:Санёк]]: пацаны а вы маме на 8 марта чё дарите\n[20:42] [[nick:Мопед]]: ничё, бате говорю пусть он дарит\n[20:42] [[first:Жека]]: ору",
            ),
            (
                5,
                ["resistance"],
                "[[nick:мопед]] ([[first:Руслан]]): «вы нас учите быть тряпками». Спросила, кто у него дома «тряпка». Задумался.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Цою|Цой]] нужна справка на соцстипендию, мама инвалид II группы. [[first:Александр]], д.р. [[dob:17.09.2007]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Руслан]] — [[desc:внук бывшего акима Лисаковска]], просил в группе об этом не говорить. Тел. [[phone:+7 747 380 12 55]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Евгений]] ([[first:жека]]): почта [[email:zheka.lis2008@mail.ru]], вк [[link:vk.com/id512883407]].",
            ),
            (9, [], "Техникум просит отчёт к {{25 декабря}}."),
        ],
    ),
    (
        "ru",
        "Тобыл",
        [],
        [
            (
                0,
                [],
                "Тобыл, школа-гимназия, 10 юношей 10–11 кл. Часть вопросов задавала по-казахски, отвечали вперемешку.",
            ),
            (1, ["quote"], "[[first:Нуржан]]: «әкем айтады: ер адам үйде тамақ пісірмейді. ну я и не пеку»."),
            (
                2,
                ["insight"],
                "[[first:Нуржанға|Нуржан]] задала вопрос: а в армии кто готовит? — «ну... мужики». Сам засмеялся.",
            ),
            (3, [], "Обсуждали трек {{Скриптонита}}, где «мама одна тащила». Зашло лучше любого упражнения."),
            (
                4,
                ["resistance"],
                "[[nick:Бастык]] ([[name:Тимур Сагындыков|Сагындыков]]), староста: «в казахской семье всё равно решает отец, не надо нам тут».",
            ),
            (
                5,
                ["insight"],
                "[[surname:Мартыненко]] рассказал, что дед бабушку «гонял» и что папа поэтому совсем не пьёт. Очень серьёзно говорил.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Сагындыкову|Сагындыков]] нужно согласие родителей на поездку в {{Астану}}: ИИН [[iin:080512500627]], удостоверение [[passport:№ 047718253]], д.р. [[dob:12 мая 2008 г.]]",
            ),
            (
                7,
                ["follow-up"],
                "Отец [[surname:Мартыненко]]: [[name:Олег Мартыненко|Мартыненко]], [[phone:8-705-612-44-09]], живут [[address:ул. Гагарина 64, частный дом]]. Взнос за поездку на Kaspi [[card:4400 4303 5512 8817]].",
            ),
            (8, [], "Гимназия готова дать класс на январь, с {{15:30}}."),
        ],
    ),
    # Talas village teacher: Kyrgyz with a case ending on most names, Russian for school paperwork and lists
    (
        "ru",
        "Талас",
        [],
        [
            (0, [], "Талас шаары, мектептин спорт залы, 12 бала, 9–11-класс. Башталышы {{14:00}}."),
            (1, [], "Көнүгүү {{Эркек кутуча}}: тактага жазышты — акча, күч, ыйлабайт, «аялын тыйып турат»."),
            (2, ["quote"], "[[first:Нурдөөлөт]]: «эркек киши үйдө идиш жуубайт, уят болот»."),
            (
                3,
                ["insight"],
                "[[first:Нурдөөлөттүн|Нурдөөлөт]] апасы {{Москвада}} иштейт, өзү чоң энеси менен. Кийин айтты: «идишти мен эле жуум, бирок эч кимге айтпайм».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Кочкор]] ([[name:Бекназар Асанов|Асанов]]) башынан аягына чейин тамашалады: «бул аялдардын сабагы».",
            ),
            (5, [], "Тыныгуу, чай. Биология мугалими боорсок алып келди."),
            (
                6,
                ["quote"],
                "[[first:Бекназарга|Бекназар]] суроо бердим: апаң эмне иш кылат? — «фермада уй саайт, атам жок». Жымжырт болуп калды.",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:кочкорду|кочкор]] сабактан кийин калтырдым. Атасы 3 жыл мурун кеткен, тамак-ашка акча жок. Социалдык педагогго айтуу керек.",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Асановдордун|Асанов]] үйү [[address:Талас ш., Сарыбагыш көч. 41]]. Апасынын тел. [[phone:0 (770) 45-12-98]].",
            ),
            (
                9,
                ["referral"],
                "Баарына {{111}} номерин жаздырдым, {{Үй-бүлөлүк зомбулуктан коргоо жана коопсуздук жөнүндө}} мыйзам тууралуу кыскача айттым.",
            ),
        ],
    ),
    (
        "ru",
        "Кызыл-Адыр",
        [],
        [
            (
                0,
                [],
                "Кызыл-Адыр, айыл өкмөтүнүн залы, 9 жигит {{16–22 жаш}}. Бир нечеси Бишкектен келген студенттер.",
            ),
            (1, ["quote"], "[[first:Тынчтык]]: «кыз алып качуу — бул салт, атам да апамды ошентип алган»."),
            (
                2,
                ["insight"],
                "Кийин [[first:тынчтык]] айтты: апасы бир жыл ыйлаган экен, качып кетем деп. «Мен муну жаңы эле түшүндүм».",
            ),
            (
                3,
                [],
                "{{Чыңгыз Айтматов}} Таластан экенин баары билет. «{{Ак кеме}}» повестинен үзүндү окудук, чоң атасы жөнүндө сүйлөштүк.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Балбан]] (күрөшчү, [[first:Алтынбек]]): «мыйзамды шаардыктар жазат, айылда башкача».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Тынчтыктын|Тынчтык]] агасы [[first:Мирбек]] жакында үйлөнмөк, «кыз табылды» дейт. Кабатырмын. {{Кылмыш-жаза кодекси}} боюнча беренени көрсөттүм.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Алтынбекке|Алтынбек]] спорт мектеби боюнча жардам керек: ПИН [[iin:21108200600217]], туулган [[dob:11.08.2006]], тел [[phone:+996 555 308 417]].",
            ),
            (
                7,
                ["insight"],
                "[[nick:балбан]] деген лакабын жактырбайт экен, «атымды айтыңызчы» деди. Мындан ары [[first:Алтынбек]] деп чакырам.",
            ),
            (8, [], "«{{Тынчтык болсун}}» деп бүттүк, апалар боорсок алып келишти."),
        ],
    ),
    (
        "ru",
        "Бакай-Ата",
        [],
        [
            (
                0,
                [],
                "{{Бакай-Ата}} айылы, мектеп китепканасы, 11 бала {{14–17 жаш}}. Директор 20 мүнөт отурду.",
            ),
            (1, [], "«{{Манас}}» эпосунан баштадык: {{Каныкей}} кандай аял болгон? Балдар көп билет экен."),
            (2, ["quote"], "[[first:Самат]]: «{{Каныкей}} акылдуу болгон, бирок баары бир {{Манас}} башкы»."),
            (
                3,
                ["resistance"],
                "[[nick:Чычкан]] ([[name:Эрназар Токтогулов|Токтогулов]]), кичинекей, бирок оозу чоң: «эже, сиз феминистсизби?» Баары күлдү.",
            ),
            (
                4,
                [],
                "{{Токтогул Сатылганов}} жөнүндө сөз болду: ал да кедей болгон, энесине ыр арнаган. Ушундай темага чыгып кеттик.",
            ),
            (
                5,
                ["insight"],
                "[[first:Эрназар]] кийин жалгыз калганда: атасы апасын урат, «мен чоңойсом аны коргойм». 15 жашта. Мугалимге айтпаңыз деди.",
            ),
            (
                6,
                ["referral"],
                "[[first:Эрназарга|Эрназар]] {{111}} номерин акырын бердим. Мектептин социалдык педагогу аял, ишенимдүү.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:самат]] — [[name:Самат Жолдошбеков|Жолдошбеков]], мектепте КВН жүргүзөт. Апасы [[phone:0700 61 22 93]], үйү [[address:мечиттин жанындагы көк дарбазалуу үй, дүкөндүн каршысы]].",
            ),
            (
                8,
                ["follow-up"],
                "[[surname:Токтогуловдун|Токтогулов]] апасы — [[desc:айылдагы жалгыз аял ветеринар]], сабакка чакырсам болот.",
            ),
        ],
    ),
    (
        "ru",
        "Шекер",
        [],
        [
            (0, [], "Шекер, рядом музей {{Чингиза Айтматова}}, 10 парней. Суббота, начали в 11:00."),
            (
                1,
                ["quote"],
                "[[first:Медер]]: «{{Айтматов}} жакшы жазган, бирок турмушта аял эркекке баш ийиш керек».",
            ),
            (
                2,
                ["insight"],
                "[[first:медер]] потом сказал, что его старшая сестра [[first:Айпери]] учится в {{Бишкеке}} на юриста и «дома с ней все советуются».",
            ),
            (3, [], "Упражнение {{Стул правды}}: садишься и отвечаешь на один честный вопрос группы."),
            (
                4,
                ["resistance"],
                "[[nick:Бөрү]] ([[first:Адилбек]]) сидел на подоконнике: «мен баары бир өзүмдүкүн кылам».",
            ),
            (
                5,
                ["quote"],
                "[[first:Адилбектин|Адилбек]] атасы айтат имиш: «аял уруу — үй-бүлөнүн иши». Весь круг заспорил.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Медер Касымалиев|Касымалиев]] хочет волонтёром в лагерь: [[email:meder.kasymaliev07@gmail.com]], паспорт [[passport:ID 2418733]].",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:бөрүнү|бөрү]] до дома подвёз дядя, машина [[plate:07 KG 512 ABD]], дядя [[first:Асан]] байке, [[phone:+996 (770) 18-44-02]].",
            ),
            (8, [], "Музей берёт за экскурсию 100 сом, договорилась на {{28 ноября}}."),
        ],
    ),
    (
        "ru",
        "Талас",
        [],
        [
            (0, [], "Талас, {{Манас Ордо}} комплексинин жанындагы жаштар борбору, 14 жигит. Эки саат."),
            (
                1,
                ["quote"],
                "Группанын чатынан (уруксат менен):\n[19:05] [[first:Бакай]]: эркек ыйласа болбойт дейт го атам\n[19:06] [[first:нурэл]]: менин атам ыйлаган, чоң атам өлгөндө\n[19:06] [[nick:Бүркүт]]: 👍",
            ),
            (
                2,
                ["insight"],
                "Сабакта [[first:Бакай]] айтты: эпостогу {{Бакай}} акылман болгон, бирок ыйлаганы да бар. «Ошон үчүн мага ушул ат коюшкан».",
            ),
            (3, [], "Көнүгүү {{Бир кадам алдыга}}: кыздардын ролдору артта калды."),
            (
                4,
                ["resistance"],
                "[[nick:Бүркүт]] ([[name:Кылычбек Орозбаев|Орозбаев]]): «эже, булардын баары батыштын акчасы», телефонун алып чыгып кетти.",
            ),
            (
                5,
                ["follow-up"],
                "[[surname:Орозбаевге|Орозбаев]] кечинде чалдым, кечирим сурады. Атасы — [[desc:Таластагы жалгыз бүркүтчү, туристтерге бүркүт көрсөтөт]].",
            ),
            (
                6,
                ["quote"],
                "[[first:нурэл]]: «{{Айсулуу Тыныбекова}} дүйнө чемпиону, аны эч ким «аял» деп кемсинтпейт».",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Нурэл Сулайманов|Сулайманов]] [[dob:2007-жылы 9-октябрда]] туулган, тел [[phone:0555 71 09 36]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бакайдын|Бакай]] апасы сабакка келип кетти, чай алып келди. «Баламды адам кылыңыз» деди.",
            ),
        ],
    ),
    (
        "ru",
        "Кара-Буура",
        [],
        [
            (
                0,
                [],
                "Кара-Буура, школа-гимназия, 12 учеников 10–11 кл. Для отчёта в РОО — список с инициалами.",
            ),
            (
                1,
                [],
                "Список: [[name:Жумабаев А.|Жумабаев]], [[name:Исаков Б.|Исаков]], [[name:Мамытбеков Н.|Мамытбеков]], [[name:Турдубаев Э.|Турдубаев]] и ещё 8.",
            ),
            (
                2,
                ["quote"],
                "[[surname:Исаков]]: «кыз бала окуйт, бирок акыры келин болот». По-русски добавил: «так везде».",
            ),
            (
                3,
                ["insight"],
                "[[name:Н.М.]] молчал весь урок, на перемене сказал, что отец в {{Казахстане}} на стройке, второй год не звонит.",
            ),
            (
                4,
                ["resistance"],
                "[[surname:Турдубаев]] спорил: «мыйзам бар, бирок милиция кызды кайра үйүнө кайтарат». К сожалению, по опыту он прав.",
            ),
            (5, [], "Разбирали {{Семейный кодекс КР}}: брачный возраст 18, без исключений."),
            (
                6,
                ["follow-up"],
                "[[surname:Мамытбековдун|Мамытбеков]] отца найти: мать, [[first:Гулайым]] эже, [[phone:+996 772 640 118]]. Живут [[address:с. Кызыл-Адыр, ул. Ленина 52]].",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Жумабаевге|Жумабаев]] справка в колледж: [[passport:AN 4201778]], ПИН [[iin:21703200700419]], д.р. [[dob:17.03.2007]].",
            ),
            (8, ["referral"], "[[surname:Турдубаевке|Турдубаев]] дала {{112}} и телефон соцпедагога района."),
            (9, [], "{{Кийин}} директор сказал, что можно ещё два занятия в декабре."),
        ],
    ),
    (
        "ru",
        "Покровка",
        [],
        [
            (0, [], "Покровка, Дом культуры, 10 парней, {{18:00}}. Первый раз здесь."),
            (1, [], "Тема: {{мээрим}} жана күч, эркек жумшак боло алабы?"),
            (2, ["quote"], "[[first:жыргал]]: «боорукер эркек — бул слабак»."),
            (
                3,
                ["insight"],
                "[[first:Жыргалбек]] потом: сестра [[first:Мээрим]] вышла замуж в 17, муж её не отпускает даже к маме. «Это ж тоже не {{мээрим}}».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Ёжик]] ([[name:Улукбек Сатаров|Сатаров]]): «мы тут все нормальные, у нас такого нет». Остальные переглянулись.",
            ),
            (5, [], "Видео {{UN Women}} на кыргызском, 7 минут, потом круг."),
            (
                6,
                ["follow-up"],
                "[[first:Мээримдин|Мээрим]] күйөөсү — [[name:Туратбек Осмонов|Осмонов]], [[desc:айылдагы жалгыз маршрутканын айдоочусу]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Жыргалбек]]: тел. [[phone:0 (709) 33-81-27]], почта [[email:zhyrgal.07@inbox.ru]].",
            ),
            (
                8,
                ["referral"],
                "[[first:жыргалга|жыргал]] дала {{111}} и адрес кризисного центра в {{Таласе}}. Сказал, сестре передаст.",
            ),
            (9, [], "Следующая встреча {{5 декабря}}, 18:00."),
        ],
    ),
    # Samarkand mahalla worker: Uzbek Latin (and once Cyrillic), Tajik words, -ning/-ga/-ni on names, aka/opa
    (
        "ru",
        "Samarqand",
        [],
        [
            (
                0,
                [],
                "Mahalla guzari, 14 yigit, {{16–24 yosh}}. Boshlanishi {{17:00}}, hashar tufayli kechikdik.",
            ),
            (
                1,
                ["quote"],
                "[[first:Shahzod]]: «Erkak — uyning ustuni, xotin — uyning ziynati». Hamma qo'l urdi.",
            ),
            (
                2,
                ["insight"],
                "[[first:Shahzodning|Shahzod]] onasi — [[desc:Siyob bozoridagi yolg'iz ayol qassob]], otasi yo'q. «Ustun onam», dedi oxirida.",
            ),
            (3, [], "Mashq {{Erkak qutisi}}. Tojikcha javoblar ham bo'ldi: «mard girya namekunad»."),
            (
                4,
                ["resistance"],
                "[[nick:Chumchuq]] ([[name:Doniyor Ergashev|Ergashev]]): «opa, bularni bizga nima keragi bor, bizda hammasi joyida».",
            ),
            (
                5,
                ["follow-up"],
                "[[surname:Ergashevlarning|Ergashev]] uyida janjal ko'p, qo'shnilar aytdi. [[first:Doniyorga|Doniyor]] bilan alohida gaplashish kerak.",
            ),
            (
                6,
                ["quote"],
                "[[first:Shahzod]]: «{{Bibixonim}} ham ayol bo'lgan-ku, masjidni uning nomi bilan atashgan».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Doniyor]]: tel [[phone:90 218 44 07]], Telegram [[handle:@doniyor_sam07]].",
            ),
            (
                8,
                ["referral"],
                "Mahalla {{xotin-qizlar faoli}} bilan gaplashdim, u [[first:Shahzodning|Shahzod]] onasiga {{1146}} ni berdi.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Shahzod]]: JSHSHIR [[iin:50407081420035]], tug'ilgan [[dob:04.07.2008]].",
            ),
        ],
    ),
    (
        "ru",
        "Самарқанд",
        [],
        [
            (
                0,
                [],
                "Самарқанд, маҳалла гузари, 11 йигит, {{18:30}}. Бугун кириллицада ёзаман, компьютерда лотин йўқ.",
            ),
            (1, ["quote"], "[[first:Жасур]]: «Хотин эрсиз кўчага чиқмаслиги керак, бу одоб»."),
            (
                2,
                ["insight"],
                "[[first:Жасурнинг|Жасур]] синглиси [[first:Юлдуз]] коллежда ўқийди, ҳар куни автобусда ёлғиз қатнайди. «Унга ишонаман», деди ўзи.",
            ),
            (3, [], "{{Юлдуз Усмонова}} қўшиғини қўйдик, аёл кучи ҳақида гаплашдик."),
            (
                4,
                ["resistance"],
                "[[nick:Мушук]] ([[name:Акмал Норқулов|Норқулов]]): «опа, бу гапларни отам эшитса, мени уради».",
            ),
            (
                5,
                ["insight"],
                "[[surname:Норқуловга|Норқулов]] кейин савол бердим: отанг урадими? Жим. Кейин: «фақат онамни».",
            ),
            (
                6,
                ["referral"],
                "[[first:Акмалга|Акмал]] {{102}} ва {{1146}} ни айтдим, {{ҳимоя ордери}} нима эканини тушунтирдим. Қўрқиб турибди.",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Норқуловлар|Норқулов]] уйи — [[address:Шоҳи Зинда орқасидаги маҳалла, тор кўчада учинчи ҳовли]]. Онаси тел. [[phone:+998 66 233 14 08]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Жасур]] ({{18 ёш}}), паспорт [[passport:AD 4715220]], туғилган [[dob:2008 йил 3 февраль]].",
            ),
        ],
    ),
    (
        "ru",
        "Kattaqo'rg'on",
        [],
        [
            (
                0,
                [],
                "Kattaqo'rg'on, kollej zali, 13 yigit. Direktor o'rinbosari [[first:Dilnoza]] opa ham o'tirdi.",
            ),
            (
                1,
                ["quote"],
                "[[first:Otabek]]: «qizlarni o'qitish kerak, lekin uzoqqa emas, {{Toshkentga}} yubormaslik kerak».",
            ),
            (
                2,
                ["insight"],
                "[[first:otabekning|otabek]] opasi {{Toshkentda}} tibbiyot institutida, u bilan faxrlanadi, lekin «bu boshqa» deydi. O'zi ham sezdi.",
            ),
            (3, [], "Mashq {{To'rt burchak}}: «an'ana», «jinoyat», «bilmayman», «vaziyatga qarab»."),
            (
                4,
                ["resistance"],
                "[[nick:Kalla]] ([[name:Islombek Toshpo'latov|Toshpo'latov]]): «bu gaplarni televizorda ko'p eshitganmiz, foydasi yo'q».",
            ),
            (
                5,
                ["follow-up"],
                "[[surname:Toshpoʻlatovga|Toshpoʻlatov]] bilan alohida gap: akasi [[first:Sherzod]] Koreyada, xotinini telefon orqali nazorat qiladi, kuniga 20 marta qo'ng'iroq.",
            ),
            (
                6,
                ["quote"],
                "[[first:Dilnoza]] opa davra oxirida: «{{Diyora Keldiyorova}} ham ayol, olimpiada chempioni, unga kim «uyda o'tir» deydi?»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Islombek]]: [[email:islombek.t2007@gmail.com]], tel [[phone:+998 (97) 415-60-22]], tug'ilgan kuni [[dob:15/01/2007]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Otabekni|Otabek]] otasi olib ketdi, oq Cobalt [[plate:30 A 517 BC]].",
            ),
        ],
    ),
    (
        "ru",
        "Payariq",
        [],
        [
            (
                0,
                [],
                "Payariq, qishloq klubi, 9 yigit, {{15–19 yosh}}. Svet yo'q edi, deraza yonida o'tirdik.",
            ),
            (1, ["quote"], "[[first:Husniddin]]: «bacha ba modar gap namezanad, modar muqaddas» (tojikcha)."),
            (
                2,
                ["insight"],
                "[[first:husniddin]]: «lekin otam onamni so'kadi, men indamayman». Tojikcha qo'shdi: «man chi kor kunam?»",
            ),
            (
                3,
                [],
                "Mashq {{Bir kun almashamiz}}: o'g'il bolalar onasining bir kunini, qizlar otasining kunini aytib berishdi.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Pista]] ([[first:Abbos]]), eng kichigi, {{14 yosh}}: «ayollar hammasini o'zlari xohlashadi».",
            ),
            (
                5,
                ["quote"],
                "[[first:Abbosning|Abbos]] akasi [[first:Ilhom]] haqida: «akam uylandi, kelinni ishga qo'ymaydi, telefonini ham oladi».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Husniddinning|Husniddin]] onasi [[first:Mohira]] opa, tel [[phone:+998 93 720 11 54]]. Uyi [[address:Payariq, eski paxta zavodi yonidagi ikki qavatli sariq uy]].",
            ),
            (
                7,
                ["referral"],
                "Onasi bilan gaplashdim, {{Mahalla va oila vazirligi}} psixologiga yo'naltirdim.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Abbos]] maktabdan qochadi. Sinf rahbari [[name:Gulnora Shukurova|Shukurova]] bilan gaplashaman.",
            ),
        ],
    ),
    (
        "ru",
        "Bulung'ur",
        [],
        [
            (0, [], "bulung'ur, kollej, 12 yigit, {{4 dekabr}}, 14:00"),
            (1, ["quote"], "[[first:shodlik]]: «erkak yig'lamaydi, yig'lasa ham hech kim ko'rmasligi kerak»"),
            (
                2,
                [],
                "mashq {{Issiq stul}}. bugun hamma {{shodlik}} bilan qatnashdi, hech kim telefon o'ynamadi",
            ),
            (
                3,
                ["insight"],
                "[[first:shodlikning|shodlik]] dadasi o'tgan yili vafot etgan. u 16 yoshda oila boshlig'i bo'lib qolgan. «onamga yordam beraman, lekin o'zim hech kimga aytolmayman»",
            ),
            (
                4,
                ["resistance"],
                "[[nick:chinor]] ([[first:jamoliddin]]): «bu gaplar shahar uchun, qishloqda boshqacha»",
            ),
            (
                5,
                ["quote"],
                "[[first:jamoliddin]] keyin: «mening opam {{Koreyada}} ishlaydi, oilamizni u boqadi»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:shodlik]] — [[name:shodlik xudoyberdiyev|xudoyberdiyev]], tel [[phone:99 812 55 30]], onasi [[first:Ra'no]] opa",
            ),
            (
                7,
                ["follow-up"],
                "[[first:jamoliddin]] ID karta [[passport:AE 3301947]], tug'ilgan [[dob:2006 yil 21-oktabr]]",
            ),
            (8, ["referral"], "[[first:Shodlikka|Shodlik]] maktab psixologini va {{1146}} ni berdim"),
        ],
    ),
    # Khorog (Pamir) youth centre volunteer, Russian-language groups: Tajik quotes, -ҷон and -ро on names
    (
        "ru",
        "Хорог",
        [],
        [
            (
                0,
                [],
                "Хорог, молодёжный центр, {{7 декабря}}, 16:00. 12 парней, в основном студенты {{ХоГУ}}.",
            ),
            (
                1,
                ["quote"],
                "[[first:Музаффар]]: «Дар Помир зан ва мард баробаранд, ин дар {{Душанбе}} нест».",
            ),
            (
                2,
                ["insight"],
                "[[first:музаффар]] потом: у сестры муж в {{Москве}}, пишет ей каждый час «где ты». Она не может пойти даже на свадьбу подруги.",
            ),
            (3, [], "Упражнение {{Карта доверия}}: кому я могу рассказать, если мне плохо."),
            (
                4,
                ["resistance"],
                "[[nick:Кабоб]] ([[name:Сулаймон Давлатназаров|Давлатназаров]]): «эти тренинги для тех, кто не работал в России».",
            ),
            (
                5,
                ["quote"],
                "[[first:Сулаймонҷон|Сулаймон]] (так его мама зовёт): «ман дар Россия 3 сол будам, ҳама корро худам кардам, ҷомашӯӣ ҳам».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Музаффарро|Музаффар]] просил поговорить с его сестрой [[first:Шаҳноза]]. Её номер [[phone:+992 (900) 41-72-55]].",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Давлатназаров]] — [[desc:единственный повар-мужчина в кафе у Центрального парка Хорога]], просил не писать это в отчёт.",
            ),
            (
                8,
                ["referral"],
                "[[first:Шаҳноза]]: передала через брата номер кризисного центра и {{112}}, рассказала про {{Закон РТ «О предупреждении насилия в семье»}}.",
            ),
        ],
    ),
    (
        "ru",
        "Ишкашим",
        [],
        [
            (
                0,
                [],
                "Ишкашим, школа, 10 парней {{15–18 лет}}. Из окна виден {{Афганистан}}, ребята показывают дома на том берегу.",
            ),
            (1, ["quote"], "[[first:Имомназар]]: «Зан бе шавҳар — бе сарпаноҳ»."),
            (
                2,
                ["insight"],
                "[[first:имомназар]] рассказал, что его тётя [[first:Гулнисо]] после развода живёт одна и «лучше всех в кишлаке».",
            ),
            (3, [], "Читали {{Мирзо Турсунзода}}, стихи о матери. Двое знали наизусть."),
            (
                4,
                ["resistance"],
                "[[nick:Борода]] ([[first:Хушбахт]]), самый старший: «кто слушает жену, тот не мужчина».",
            ),
            (
                5,
                ["follow-up"],
                "[[name:Хушбахт Шоназаров|Шоназаров]] вернулся из России, работы нет. Тел [[phone:93-441-08-76]]. Живёт [[address:Ишкашим, у моста, дом с синей крышей напротив погранзаставы]].",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Имомназарро|Имомназар]] записать на курсы английского: [[email:imomnazar.ishk@mail.ru]], таваллуд [[dob:12.05.2008]].",
            ),
            (7, ["referral"], "[[first:Хушбахту|Хушбахт]] дала контакты {{МОМ}} по трудовой миграции."),
            (
                8,
                [],
                "В конце сторож школы сказал: «{{Хушбахт}} бошед, бачаҳо». Все засмеялись и посмотрели на [[nick:бороду|борода]].",
            ),
        ],
    ),
    (
        "ru",
        "Ванч",
        [],
        [
            (
                0,
                [],
                "Ванч, районный дом культуры, 11 парней, {{13 декабря}}. Дорога 5 часов, начали в 14:00.",
            ),
            (1, ["quote"], "[[first:Бахтовар]]: «Модарам мегӯяд: писар — чароғи хона»."),
            (
                2,
                ["insight"],
                "Но [[first:бахтовар]] также сказал, что готовит лучше сестры и «ничего тут стыдного».",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Чойник]] ([[name:Ёрали Мамадкаримов|Мамадкаримов]]): «чойро зан мерезад, на мард».",
            ),
            (4, [], "Упражнение {{Сундук мужчины}}: что я беру от отца, что оставляю."),
            (
                5,
                ["follow-up"],
                "Мать [[surname:Мамадкаримова|Мамадкаримов]], [[name:Ниссо Мамадкаримова|Мамадкаримова]], — [[desc:единственная женщина-хирург в районной больнице Ванча]].",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ёрали]]: паспорт [[passport:A 05218874]], ИНН [[iin:410258763]], тел [[phone:+992 98 770 12 43]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Бахтовар]]: инста [[handle:@bakhtovar.vanj]], почта [[email:bakhtovar2007@mail.ru]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Бахтовар]] спросил про брата, который бьёт жену. Дала {{112}} и контакты ресурсного центра для женщин в Хороге.",
            ),
        ],
    ),
    # ---------------- kk (9) ----------------
    # Kostanay college counsellor, Kazakh-language group: Kazakh case endings on names, a little Russian
    (
        "kk",
        "Қостанай",
        [],
        [
            (
                0,
                [],
                "Қостанай, колледж, {{26 қараша}}, 14:30. Қазақ тобы, 13 жігіт. Бүгін қазақша жүргіздім, кейбір сөздер орысша.",
            ),
            (1, ["quote"], "[[first:Бейбіт]]: «ер адам үйдің асыраушысы, әйел — үйдің берекесі»."),
            (
                2,
                ["insight"],
                "[[first:Бейбіттің|Бейбіт]] анасы таксист, әкесі үйде отырады. Өзі айтты: «біздің үйде керісінше, бірақ {{бейбіт}} өмір сүреміз».",
            ),
            (3, [], "{{Ыбырай Алтынсарин}} туралы айттым: қыздарға да мектеп ашқан, осы Қостанайда."),
            (
                4,
                ["resistance"],
                "[[nick:Тоқаш]] ([[name:Ерназар Бекмұхамбетов|Бекмұхамбетов]]) «бұл орыстардың идеясы» деп отырды.",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Ерназарға|Ерназар]] жеке сөйлестім: ағасы әйелін ұрады, ол өзі көрген. {{150}} бердім.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бейбіт]]: ЖСН [[iin:071125500834]], туған күні [[dob:25.11.2007]], анасының тел. [[phone:+7 (778) 209-61-44]].",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:тоқаш]] жатақханада тұрады: [[address:Байтұрсынов к-сі 47, жатақхана, 3 қабат, 312 бөлме]].",
            ),
            (8, [], "Келесі кездесу {{3 желтоқсанда}}, сағат 14:30."),
        ],
    ),
    (
        "kk",
        "Арқалық",
        [],
        [
            (
                0,
                [],
                "Арқалық, педагогикалық колледж, 10 жігіт {{16–20 жас}}. Қала кішкентай, бәрі бірін-бірі таниды.",
            ),
            (
                1,
                [],
                "{{Ахмет Байтұрсынұлы}} туралы сөйлестік. Сосын {{Тоқтар Әубәкіров}}: ғарышкерлер осы далаға қонады, балалар мақтанады.",
            ),
            (2, ["quote"], "[[first:Жеңіс]]: «қыз бала оқыса да, бәрібір келін болады»."),
            (
                3,
                ["insight"],
                "Кейін [[first:жеңіс]] айтты: апасы Астанада заңгер, «үйде бәрі одан ақыл сұрайды». {{Жеңіс күні}} туралы да сөз болды, атасының әкесі соғыста болған.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Қасқыр]] ([[first:Әлихан]]): «анам маған айтқанды істейді, солай болуы керек».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Әлиханның|Әлихан]] әкесі [[name:Серікбол Нұрмағамбетов|Нұрмағамбетов]] — [[desc:қаладағы жалғыз балалар тіс дәрігері]]. [[first:Әлихан]] әкесінен қорқады.",
            ),
            (
                6,
                ["follow-up"],
                "[[name:Жеңіс Сейткалиев|Сейткалиев]], [[dob:2008 ж. 5 мамыр]], тел [[phone:8 (71430) 7-41-20]].",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:қасқырдың|қасқыр]] інісі [[first:Дастан]] келесі жолы келгісі келеді, 14 жаста.",
            ),
            (8, [], "{{Қыз Жібек}} {{дастанын}} еске алдық: кім шешім қабылдайды?"),
            (9, ["referral"], "[[first:Әлиханға|Әлихан]] {{150}} және {{111}} бердім."),
        ],
    ),
    # Turkistan youth volunteer near the madrasa: Kazakh Cyrillic and 2021 Latin, chat style, pasted chat lines
    (
        "kk",
        "Түркістан",
        [],
        [
            (0, [], "түркістан, медресе жанындағы жастар үйі, 15 жігіт. асрдан кейін бастадық 15:40"),
            (1, [], "{{Қожа Ахмет Ясауи}} кесенесіне қарап тұрып сөйлестік: ер азамат деген кім?"),
            (
                2,
                ["quote"],
                "[[first:Мұхаммедәли]] ([[first:Мәке]]): «әйел күйеуіне бағынуы керек, хадисте солай»",
            ),
            (
                3,
                ["insight"],
                "имам ағай келіп айтты: пайғамбар үйде әйеліне көмектескен, киімін өзі жамаған. [[first:мәке]] үндемей қалды",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Сопы]] ([[name:Ерсұлтан Құлмағанбет|Құлмағанбет]]) «бұл батыстың гендер деген пәлесі» деп шығып кетті",
            ),
            (
                5,
                ["quote"],
                "чаттан көшірдім:\n[22:14] [[first:Ерсұлтан]]: кешіріңіз ұстаз, ашуланып кеттім\n[22:15] [[first:Мәке]]: [[first:ерсұлтан]] кейде дұрыс айтады 😅\n[22:15] [[first:Ерсұлтан]]: 🙏",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Мұхаммедәлінің|Мұхаммедәли]] әпкесі [[first:Айару]] 17 жаста, оны құдалыққа дайындап жатыр. сөйлесу керек",
            ),
            (7, ["follow-up"], "[[nick:сопы]] тел [[phone:8 778 412 09 31]], тг [[handle:@ersultan_tkstn]]"),
            (
                8,
                ["referral"],
                "[[first:Мұхаммедәліге|Мұхаммедәли]] {{150}} және {{111}} бердім, әпкесіне жеткізеді",
            ),
            (9, [], "келесі жұма намаздан кейін {{Әзірет Сұлтан}} қорығының залында"),
        ],
    ),
    (
        "kk",
        "Türkistan",
        [],
        [
            (
                0,
                [],
                "türkistan, jastar ortalığı, 12 jigit, {{16-23 jas}}. bügin latınşa jazamın, telefonda qazaqşa klaviatura joq",
            ),
            (1, ["quote"], "[[first:Nūrjigit]]: «er adam üide qazan-tabaq jumısın istemeidi, ūiat»"),
            (
                2,
                ["insight"],
                "[[first:nūrjigittiñ|nūrjigit]] äkesi {{Reseide}} vahtada, üide şeşesi men 4 bala. «tamaqtı men pisiremin, biraq eşkimge aitpaimın» dedi",
            ),
            (3, [], "{{Qairat Nūrtas}} äni turalı söilestik, anağa arnalğan än. bäri biledi eken"),
            (
                4,
                ["resistance"],
                "[[nick:Qoşqar]] ([[name:Baqdäulet Särsenbai|Särsenbai]]): «qız bala oqığanı jetedi, 9 sınıp bolsa boldı»",
            ),
            (
                5,
                ["quote"],
                "[[first:Baqdäulet]] keiin: «men qarındasımdı ūrğanım bar. äkem de solai istegen». ūialdı, tömen qaradı",
            ),
            (6, ["referral"], "[[first:Baqdäuletke|Baqdäulet]] {{150}} berdim, imammen söilesuge kelisti"),
            (
                7,
                ["follow-up"],
                "[[name:nūrjigit äbdiqadır|äbdiqadır]]: JSN [[iin:060318501442]], tuğan küni [[dob:18.03.2006]], insta [[link:instagram.com/nurjigit.tkst]]",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:qoşqardıñ|qoşqar]] üii [[address:kesene artındağı eski mahallada, meşittiñ qasındağı sarı qaqpalı üi]]",
            ),
            (9, [], "kelesi kezdesu {{seisenbi}} 16:00"),
        ],
    ),
    (
        "kk",
        "Кентау",
        [],
        [
            (0, [], "кентау, спорт мектебі, бокс залы, 11 жігіт. жаттықтырушы 1 сағатқа рұқсат берді"),
            (
                1,
                [],
                "залда {{Бекзат Саттарханов}} суреті ілулі тұр. сол туралы бастадық: нағыз чемпион деген кім?",
            ),
            (
                2,
                ["quote"],
                "[[first:Бекзат]] (атын соның құрметіне қойған): «чемпион ринг сыртында ешкімді ұрмайды»",
            ),
            (
                3,
                ["insight"],
                "[[first:бекзаттың|бекзат]] ағасы бокстан кейін полицияға кеткен, үйде қатал. «әкемнен бетер»",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Балға]] ([[first:Дамир]]): «қыздарды боксқа жібермеу керек, беті бұзылады»",
            ),
            (5, [], "жаттығу {{Ринг сыртында}}: төбелессіз шешуге болатын 5 жағдайды ойнадық"),
            (
                6,
                ["follow-up"],
                "[[first:дамир]] өзі [[desc:кентаудағы жалғыз әйел бокс жаттықтырушысының ұлы]]. онда неге бұлай сөйлейді? келесіде сұраймын",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Бекзат Жолдасов|Жолдасов]]: тел [[phone:+7 701 903 27 18]], [[email:bekzat.zholdasov@mail.ru]], [[dob:2007 ж. 19 қазан]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Дамирдің|Дамир]] әкесінің көлігі [[plate:881 BKA 13]], жаттығуға әкеліп жүр. әкесі [[first:Руслан]] ағамен сөйлесу",
            ),
        ],
    ),
    (
        "kk",
        "Шорнақ",
        [],
        [
            (0, [], "шорнақ ауылы, клуб, 9 жігіт. жарық болды шүкір"),
            (
                1,
                ["quote"],
                "WhatsApp-тан:\n[[first:Сұңқар]]: salem ustaz, bügin keşigemin\n[[nick:Kirpiş]]: men de\n[[first:Сұңқар]]: biz kelemiz 😎",
            ),
            (
                2,
                ["quote"],
                "[[first:сұңқар]]: «ұлы бар үйдің қызы жұмыс істемейді, ұят». ауылда көбі солай ойлайды",
            ),
            (
                3,
                ["insight"],
                "[[nick:Кірпіш]] ([[name:Асылжан Төлепберген|Төлепберген]]) өзі айтты: шешесі {{Кореяда}} жұмыс істейді, ақша жібереді. «үйдің еркегі — шешем»",
            ),
            (4, [], "{{Рамазан}} айы туралы айттық: ораза кезінде кім тамақ пісіреді?"),
            (
                5,
                ["resistance"],
                "[[first:Рамазан]] ([[first:Рамаш]]): «әйел ораза кезінде де тамақ пісіруі керек, бұл сауап». бәрі келісті",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Рамазанның|Рамазан]] үйі [[address:шорнақ, мешіттен кейінгі үшінші көше, 14 үй]]. анасы [[phone:8 702 118 36 45]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Сұңқар]]: ЖСН [[iin:070802500713]], паспорт [[passport:N 15238870]], Астанаға сайысқа",
            ),
            (
                8,
                ["follow-up"],
                "[[first:сұңқардың|сұңқар]] тәтесі [[first:Гүлмира]] — [[desc:ауылдағы жалғыз әйел ұстаз, мешітте қыздарға сабақ береді]]",
            ),
        ],
    ),
    (
        "kk",
        "Turkistan",
        [],
        [
            (0, [], "turkistan, {{Iasaui universiteti}} jataqxanası, 14 jigit. keşqūrım 19:00"),
            (1, ["quote"], "[[first:Nūrtileu]]: «qalıñ mal bolmasa, qızdı eşkim bağalamaidı»"),
            (
                2,
                ["insight"],
                "[[first:nūrtileu]] keiin: ağası qalıñ maldı tölei almai 3 jıl qarızda. «būl dūrıs emes qoi» dedi özi",
            ),
            (3, [], "{{Abai}} qara sözinen oqıdıq, «adam bol» degen jeri"),
            (
                4,
                ["resistance"],
                "[[nick:Qazı]] ([[name:Abzal Ermekov|Ermekov]]) — bärin sınap otıradı: «biz mūsılmanbız, bizge gender kerek emes»",
            ),
            (5, [], "üzilis: {{qazı}} men şai, bireuiniñ anası jiberipti"),
            (
                6,
                ["quote"],
                "[22:40] [[nick:Qazı]]: ustaz keşiriñiz bügin qattı ketip qaldım\n[22:41] [[first:Nūrtileu]]: 👍",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Abzal]] tel [[phone:+7-705-331-88-16]], poşta [[email:abzal.ermekov@inbox.ru]], tuğan [[dob:2006.04.11]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Nūrtileudiñ|Nūrtileu]] ağası [[first:Asqar]] ortalıqqa kelse jaqsı: [[phone:8 747 552 19 08]]",
            ),
        ],
    ),
    (
        "kk",
        "Бабайқорған",
        [],
        [
            (0, [], "бабайқорған, мектеп, 10 бала 9–11 сынып. {{Арыстан баб}} кесенесіне экскурсиядан кейін"),
            (
                1,
                ["quote"],
                "[[first:Ерқанат]]: «{{Арыстан баб}} Ясауидің ұстазы болған, бізге де ұстаз керек». жақсы бастама",
            ),
            (2, ["quote"], "[[first:ерқанат]]: «бірақ әйел ұстаз болмайды ғой». кейбірі күлді"),
            (3, [], "{{Хиуаз Доспанова}} туралы айттым, соғыста ұшқыш болған әйел."),
            (
                4,
                ["resistance"],
                "[[nick:Тарақан]] ([[name:Жасұлан Әбдірахман|Әбдірахман]]) телефонмен ойнап отырды, «маған бәрібір»",
            ),
            (
                5,
                ["insight"],
                "кейін [[first:Жасұлан]] айтты: әкесі анасын былтыр ұрған, анасы төркініне кетіп қалған. ол әжесімен тұрады",
            ),
            (
                6,
                ["referral"],
                "[[first:Жасұланға|Жасұлан]] {{150}} бердім, мектеп психологы [[first:Сәуле]] апаймен таныстырдым",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Жасұлан]] әжесінің үйі [[address:ауыл әкімдігінің артындағы ескі наубайхананың қасындағы үй]], тел [[phone:8 (72546) 2-31-07]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ерқанат]] волонтер болғысы келеді: [[email:erkanat.b2008@gmail.com]], [[dob:23/09/2008]]",
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
                "түркістан, {{Керуен-Сарай}} жанындағы кафенің залы (иесі тегін берді), 13 жігіт, {{12 желтоқсан}}",
            ),
            (1, ["quote"], "[[first:Мағжан]]: «ер адам ашуланса, әйел үндемеуі керек, сонда үй тыныш»"),
            (
                2,
                [],
                "{{Мағжан Жұмабаев}} өлеңінен бір шумақ оқыдым, [[first:мағжан]] аты ақынның құрметіне қойылғанын білмеді екен",
            ),
            (
                3,
                ["insight"],
                "[[first:Мағжанның|Мағжан]] анасы кафеде аспаз, әкесі жұмыссыз. «анам бәрін тартады» деді",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Қария]] ([[name:Әлімжан Орынбасар|Орынбасар]]), ең үлкені, {{23 жаста}}: «сендер бізді әйелге бағынуға үйретесіңдер»",
            ),
            (
                5,
                ["quote"],
                "[[nick:қарияның|қария]] айтқаны: «әкем шешемді бір рет ұрған, сосын жылады, кешірім сұрады»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Әлімжан]] — [[desc:базардағы ақ түйесі бар жалғыз жас шұбат сатушы]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Әлімжанның|Әлімжан]] көлігі [[plate:512 KTA 13]], тел [[phone:87714403318]]",
            ),
            (
                8,
                [],
                "{{Ертең}} хабарласамын деп келістік. Бәрі облыстың жастар ресурстық орталығына тіркелді",
            ),
        ],
    ),
]
