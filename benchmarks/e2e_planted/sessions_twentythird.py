# Synthetic facilitator notes for the e2e anonymization check (twenty-third set).
# All people, numbers, addresses, accounts are INVENTED. Public figures appear only as public figures.
# Setting: one winter cycle (December to February) in four places: a Shymkent school psychologist
# (Russian and Kazakh, Cyrillic and the 2021 Latin letters; parents and teachers by name and patronymic),
# a Namangan youth centre (Uzbek Latin with o' and g', Russian), a Khujand university club (Tajik words,
# Russian, an English log), a village near Naryn (Kyrgyz words, no capitals, typed in a hurry).
SESSIONS = [
    # ---------------- en (11) ----------------
    # Namangan youth centre: the youth worker keeps the donor log in English, Uzbek and Russian quotes,
    # pasted Telegram lines, a roll call for the donor sheet
    (
        "en",
        "Namangan",
        [],
        [
            (
                0,
                [],
                "{{3 December}}, youth centre in Namangan, 2nd floor, 14 guys aged {{16-22}}. Heating was off till 17:30, we kept our coats on.",
            ),
            (
                1,
                [],
                "Warm-up {{Bingo of Strengths}}. [[nick:Qovun]] won in two minutes; his real name is [[name:Sardor Mamatqulov|Mamatqulov]], they call him melon because of his haircut.",
            ),
            (
                2,
                ["quote"],
                "[[first:Sardor]]: «Erkak pul topadi, xotin uyda o'tiradi. Bu {{Qur'onda}} ham bor». I asked where exactly. He didn't know.",
            ),
            (
                3,
                ["insight"],
                "later [[first:sardor]] said his mum runs a sewing workshop from home and earns more than his dad, «lekin dadamga aytmang» (don't tell my dad).",
            ),
            (
                4,
                [],
                "Exercise {{Man Box}}: on the board they wrote «gap bitta», «pul», «mashina», «yig'lamaydi», and one guy wrote «onasini hurmat qiladi».",
            ),
            (
                5,
                ["quote"],
                "Pasted from our Telegram group with permission:\n[19:42] [[first:Jahongir]]: aka bugun zo'r bo'ldi\n[19:43] [[nick:Bulut]]: zo'rmas, uzoq bo'ldi 😴\n[19:43] [[first:Ilhomjon]]: keyingi safar {{futbol}} bilan boshlaymiz",
            ),
            (
                6,
                ["insight"],
                "[[first:Ilhomjon]] stayed behind: his older sister [[first:Nilufar]] was engaged at 17 and he doesn't agree. «Men nima qila olaman?»",
            ),
            (
                7,
                ["referral"],
                "Told [[first:Ilhomjon]] about {{1146}} and the {{Oila kodeksi}} (marriage age 18). Gave him the mahalla {{xotin-qizlar faoli}} contacts.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ilhomjon]]'s number [[phone:+998 94 271 38 06]], Telegram [[handle:@ilhom_nam07]]. Lives [[address:Davlatobod district, behind the Chorsu bazaar, blue gate next to the tandir bakery]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Sardor]] wants a certificate for his IT course: born [[dob:14.02.2007]], JSHSHIR [[iin:51402076510023]].",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        [],
        [
            (
                0,
                [],
                "{{10 December}}, Namangan, 12 guys, half of them from the college in {{Uychi}}, came by marshrutka. Start {{16:30}}.",
            ),
            (
                1,
                [],
                "Exercise {{Who Cooks Osh?}}: home tasks on cards, blue stickers for men, pink for women. Only «osh at weddings» went blue.",
            ),
            (
                2,
                ["quote"],
                "[[first:Bekzod]]: «Osh is a man's dish, but only at the wedding. At home mum makes it». Everyone laughed, him too.",
            ),
            (
                3,
                ["insight"],
                "[[nick:Tulki]] (fox, because he always gets out of trouble), real name [[name:Azizbek Xoliqov|Xoliqov]], said his father is in {{Korea}} 6 years and he has been 'the man of the house' since 12.",
            ),
            (
                4,
                ["resistance"],
                "[[first:Azizbek]] later argued that «a woman who works in the bazaar is a shame for her husband». Took 10 min, I let the group answer him.",
            ),
            (
                5,
                [],
                "We read a short poem by {{Erkin Vohidov}} about mothers; [[first:Doston]] knew it by heart from school.",
            ),
            (
                6,
                ["insight"],
                "[[first:doston]] after: his dad shouts at his mum when money is short, 'not hitting, just shouting'. He thinks that is normal.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Bekzod]] ([[name:Bekzod Rahimov|Rahimov]]) asked to volunteer at the New Year event: [[email:bekzod.rahimov08@mail.ru]], phone [[phone:93 406 72 15]].",
            ),
            (
                8,
                ["referral"],
                "For [[first:Doston]]: the centre's psychologist on Thursdays, and {{1146}} if it gets worse at home.",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        [],
        [
            (
                0,
                [],
                "{{17 December}}, centre, 15 guys {{15-19}}. Topic: early marriage. The imam of the mahalla mosque came for the first half hour.",
            ),
            (
                1,
                [],
                "Started with {{Line of Opinions}}: «18 is too late for a girl to marry». 9 agreed at first.",
            ),
            (
                2,
                ["quote"],
                "[[first:Javohir]]: «if she is 20 and not married, people will talk». [[first:Shohruh]]: «people always talk».",
            ),
            (
                3,
                ["insight"],
                "[[first:javohir]]'s cousin [[first:Madina]] is 16 and 'promised' to a man from {{Kosonsoy}}. He thinks it's wrong but can't say it to his uncle.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Chol]] (old man: he is 22 and already married), [[name:Otabek Yusupov|Yusupov]], said: «xotin erta olinsa, tarbiyasi oson».",
            ),
            (
                5,
                [],
                "The imam spoke about {{nikoh}} and consent: without the girl's «ha» it is not valid. The guys listened to him more than to me.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Javohir]] wants to talk to us with his aunt. His number [[phone:+998 91 350 62 47]], home [[address:Yangi Namangan, 4-kvartal, 19-uy, 33-xonadon]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Otabek]]'s wife is [[desc:the only woman tractor driver on their farm in Chust]]; he said it proudly and then «but she stopped when we married».",
            ),
            (
                8,
                ["referral"],
                "Gave out {{1146}}, the {{Oila kodeksi}} article on marriage age, and the address of the mahalla women's activist.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Shohruh]] born [[dob:2007 yil 9 avgust]], passport [[passport:AD 5120733]], needed for the regional debate.",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        [],
        [
            (
                0,
                [],
                "{{24 December}}, last session before New Year. 13 guys, a few new ones. Roll call for the donor sheet below.",
            ),
            (
                1,
                [],
                "present: [[name:Mamatqulov S.|Mamatqulov]], [[name:Xoliqov A.|Xoliqov]], [[name:Rahimov B.|Rahimov]], [[name:Yusupov O.|Yusupov]], [[first:ilhomjon]], [[first:doston]], [[first:javohir]] + 6 new.",
            ),
            (
                2,
                [],
                "Exercise {{Letter to My Future Son}}. Most wrote about money and a house. [[first:ilhomjon]] wrote about 'letting him cry'.",
            ),
            (
                3,
                ["insight"],
                "New guy [[first:Asilbek]] said his mother went to {{Turkey}} to work after the divorce; he lives with his grandma and «everybody asks me where my mum is».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Kapalak]] ([[first:Sanjar]]) kept walking around the room, said «bu darslar zerikarli, {{TikTok}} qiziqroq».",
            ),
            (
                5,
                ["quote"],
                "Chat, pasted:\n[21:10] [[first:Sanjar]]: ustoz yangi yilga nima qilamiz\n[21:11] [[first:Asilbek]]: {{Navro'zda}} ham shunaqa bo'lsin\n[21:11] [[nick:Qovun]]: men osh qilaman 😂",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Asilbek]]: grandmother [[first:Muhabbat]] opa, [[phone:90 555 18 62]]. They live [[address:near the old Vatan cinema, the house with the white gate and a grapevine over the courtyard]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:sanjar]]: Instagram [[link:instagram.com/sanjar_nmg_09]], JSHSHIR [[iin:50911086540017]].",
            ),
            (8, [], "Next cycle starts {{14 January}}. Donor report due {{31 December}}."),
        ],
    ),
    # Khujand university club: a student coordinator's English log, Tajik and Russian quotes, -jon on names
    (
        "en",
        "Khujand",
        [],
        [
            (
                0,
                [],
                "Khujand, {{Gender Talk Club}} at the university, {{5 December}}, room 214 of the philology building. 11 guys, 2nd to 4th year, {{18-23}}.",
            ),
            (
                1,
                [],
                "Opened with {{Kamoli Khujandi}}'s lines about love; [[first:Farrukh]] read them in Tajik, everyone applauded.",
            ),
            (
                2,
                ["quote"],
                "[[first:Farrukh]]: «Мард бояд сарвари оила бошад», a man must be head of the family. Then in Russian: «ну это же нормально».",
            ),
            (
                3,
                ["insight"],
                "[[first:farrukh]] later: his mum is a doctor and his dad a taxi driver, and «дома всё решает мама, но на людях папа».",
            ),
            (
                4,
                [],
                "Exercise {{Gender Boxes}}, then {{Privilege Walk}} in the corridor because the room was too small.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Palang]] (leopard, he does wrestling, real name [[name:Siyovush Rahimzoda|Rahimzoda]]) said the club is 'grant money to make men weak'.",
            ),
            (
                6,
                ["insight"],
                "[[first:bahrom]] told us his father cooks on Fridays, «падарам оши палов мепазад», and nobody in the mahalla knows.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Siyovushjon|Siyovush]] (as the others call him) wants to talk privately about his sister's husband. Telegram [[handle:@siyovush_khj]], phone [[phone:+992 92 771 40 36]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Bahrom]] is [[name:Bahrom Nazarov|Nazarov]], 3rd year, email [[email:bahrom.nazarov02@gmail.com]].",
            ),
            (
                9,
                ["referral"],
                "Gave everyone the {{Телефони боварӣ}} card and the number of the women's resource centre in {{Khujand}}.",
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
                "{{12 December}}, club, 13 guys. Two new ones from the medical college. Snow, half came late.",
            ),
            (
                1,
                ["quote"],
                "Pasted from the club chat (they agreed):\n[[first:Mehrojiddin]]: бачаҳо, имрӯз соати 4\n[[nick:Radio]]: мо дер мемонем, автобус нест\n[[first:Mehrojiddin]]: ok, 4:30",
            ),
            (2, [], "Exercise {{Timeline of a Woman's Day}} in pairs, 6 am to midnight."),
            (
                3,
                ["quote"],
                "[[nick:Radio]] ([[name:Zafar Odinaev|Odinaev]]): «Зан бояд хонда бошад, вале кор накунад». Everyone argued with him at once.",
            ),
            (
                4,
                [],
                "We talked about {{Temur Malik}}, the hero of Khujand, and what courage means today. [[first:Mehrojiddin]]: «ҷасорат ин гуфтани 'не' ба падар».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Kurbonali]] from the medical college: «женщина-врач это нормально, женщина-хирург нет». He didn't want to explain.",
            ),
            (
                6,
                ["insight"],
                "[[first:kurbonali]] later: his cousin [[first:Manizha]] is the only girl in his group and the lecturers 'make fun of her'.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Zafar]]'s family: [[address:Khujand, 20th micro-district, house 15, apt 42]]. Mum [[first:Gulchehra]] sells dried apricots at the {{Panjshanbe bazaar}}.",
            ),
            (
                8,
                ["referral"],
                "For [[first:Manizha]] via [[first:Kurbonali]]: the university psychologist and the {{Телефони боварӣ}}.",
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
                "{{19 December}}, last club meeting of the term. 10 guys, exams next week. Short one, 90 min.",
            ),
            (1, [], "Exercise {{Two Chairs}}: one chair is 'my father', one is 'me in 10 years'."),
            (
                2,
                ["quote"],
                "[[first:Behruz]] on the father's chair: «Писарам, ту бояд пул кор кунӣ, дигараш кори зан». On his own chair he was silent.",
            ),
            (
                3,
                ["insight"],
                "[[first:behruz]]'s dad is [[desc:the only male kindergarten teacher in Ghafurov district, people laugh at him]]; [[first:Behruz]] is ashamed and proud at once.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Judge]] (he judges everything, real name [[name:Firuz Sharipov|Sharipov]]): «ваши упражнения это манипуляция».",
            ),
            (
                5,
                ["insight"],
                "[[first:Davron]], quiet all term, said on the chair of 'me in 10 years': «I want a daughter and I want her to study in {{Moscow}}».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Davron]] needs a recommendation for the exchange: born [[dob:3 March 2004]], passport [[passport:A 05512984]].",
            ),
            (
                7,
                ["follow-up"],
                "[[surname:Sharipov]] asked not to put his name in the report. OK. His email [[email:firuz.sh2003@mail.ru]].",
            ),
            (
                8,
                ["referral"],
                "Told [[first:Behruz]] about the {{UNFPA}} fathers' campaign, he wants his dad to see it.",
            ),
            (9, [], "Next term from {{13 February}}."),
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
                "{{23 January}}, first meeting of the spring term, club, 14 guys, 4 girls came to watch (allowed as guests).",
            ),
            (
                1,
                [],
                "Warm-up {{Human Knot}}. [[nick:Pepper]] ([[first:Komron]]) refused to hold hands with the guys, everyone teased him.",
            ),
            (
                2,
                ["quote"],
                "[[first:Komron]]: «у нас в Исфаре мужчины с женщинами в одной комнате не сидят». [[first:Nilufar]] (guest): «а в университете сидите».",
            ),
            (3, [], "We watched the {{UN Women}} clip about fathers and talked about {{HeForShe}}."),
            (
                4,
                ["resistance"],
                "[[first:Ismoil]]: «это пропаганда, у нас своя культура, {{Рӯдакӣ}} не писал про гендер».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Komron]]'s dorm: [[address:KhSU dormitory No. 3, room 418]]. Phone [[phone:92 705 33 81]].",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ismoil]] ([[name:Ismoil Qodirov|Qodirov]]) wants to argue more next time; I asked him to prepare a 5-min talk. Tax number for the honorarium form [[iin:410785236]].",
            ),
            (
                7,
                ["referral"],
                "[[first:Nilufar]] asked about help for a friend whose brother beats her; gave the {{Телефони боварӣ}} and the crisis centre in {{Khujand}}.",
            ),
        ],
    ),
    # Village near Naryn: a volunteer's hurried English, no capitals, Kyrgyz quotes and words
    (
        "en",
        "Kazybek",
        [],
        [
            (0, [], "kazybek, school gym, {{7 dec}}, 11 boys {{15-19}}, no heating, tea from the director"),
            (
                1,
                [],
                "warm up {{Name and a Gesture}}, then {{Act Like a Man Box}}. board: kuch, akcha, kyz alyp kachuu (someone wrote it as a joke, nobody laughed)",
            ),
            (
                2,
                ["quote"],
                "[[first:nurbek]]: «эркек ыйлабайт», a man doesn't cry. [[first:aibek]]: «атам ыйлаган, апам өлгөндө»",
            ),
            (
                3,
                ["insight"],
                "[[first:aibek]] lives with his grandfather, mum died 2 yrs ago, dad in {{russia}}. he cooks for both of them",
            ),
            (
                4,
                ["resistance"],
                "[[nick:karga]] (crow, bc he's loud) = [[name:temirlan osmonaliev|osmonaliev]], said the whole thing is «бишкектин оюну»",
            ),
            (
                5,
                [],
                "talked about {{tash-rabat}} and the caravans, who did the work at home when the men went with caravans. boys liked it",
            ),
            (
                6,
                ["follow-up"],
                "[[first:temirlan]]'s brother [[first:urmat]] is the one who hits his wife. they live [[address:last house on the road to the cemetery, behind the old sovkhoz garage, green roof]]",
            ),
            (
                7,
                ["referral"],
                "told [[first:temirlan]] about {{111}} and the {{Law on Protection from Family Violence}}, he took a photo of the poster",
            ),
            (
                8,
                ["follow-up"],
                "[[first:nurbek]] ph [[phone:0 (700) 48-12-65]], wants to come to the naryn training. born [[dob:2008-ж. 14-март]]",
            ),
        ],
    ),
    (
        "en",
        "Ming-Bulak",
        [],
        [
            (
                0,
                [],
                "ming-bulak, club, {{14 dec}}, 9 boys + 2 teachers. power cut after 40 min, finished with phone flashlights",
            ),
            (1, [], "{{Line of Opinions}}: «a husband can stop his wife working». 6 yes 3 no"),
            (
                2,
                ["quote"],
                "[[first:bakyt]]: «аялы иштесе, күйөөсүн сыйлабай калат». the teacher [[name:jyldyz toktorovna|jyldyz]] eje just nodded",
            ),
            (
                3,
                ["insight"],
                "[[first:bakyt]] after: his mom works at the {{naryn}} market, dad unemployed, «ошондуктан атам ачууланат». he gets it",
            ),
            (
                4,
                ["resistance"],
                "[[nick:kulun]] ([[first:eldiyar]], smallest, 14) kept saying «бул кыздардын сабагы» and laughing",
            ),
            (
                5,
                [],
                "we read the part of {{jamilia}} where she leaves. half knew the book, [[first:adilet]] had it on his phone",
            ),
            (6, ["quote"], "[[first:adilet]]: «{{Джамиля}} туура кылган, бирок айылда аны эч ким кечирбейт»"),
            (
                7,
                ["follow-up"],
                "[[first:adilet]] wants to study in {{bishkek}}, needs a reference: [[email:adilet.kg2007@gmail.com]], PIN [[iin:20703200750118]]",
            ),
        ],
    ),
    (
        "en",
        "Kazybek",
        [],
        [
            (0, [], "kazybek again, {{21 dec}}, 12 boys. the aiyl okmotu gave us their hall"),
            (
                1,
                ["quote"],
                "whatsapp from the group (copied with ok):\n[[first:nurbek]]: байке бүгүн келебизби\n[[nick:karga]]: мен келем, уйду саап бүтсөм\n[[first:aibek]]: 👍",
            ),
            (
                2,
                [],
                "exercise {{Who Milks the Cow}}: home and farm chores. all the milking went to women, all the hay to men",
            ),
            (
                3,
                ["insight"],
                "[[nick:karga]] milks the cows himself since his mum's back hurts. said it quietly. others didn't laugh",
            ),
            (
                4,
                ["resistance"],
                "[[first:urmat]] (older brother of [[first:temirlan]], came uninvited) sat at the back: «бул жерде эмне окутуп жатасыңар»",
            ),
            (
                5,
                ["quote"],
                "[[first:urmat]] to me after: «аялым өзү күнөөлүү». i said nothing, wrote it down",
            ),
            (
                6,
                ["referral"],
                "called [[first:temirlan]]'s mum [[first:aigul]] eje, told her about the crisis centre in {{naryn}} and {{112}}. she said she'll think",
            ),
            (
                7,
                ["follow-up"],
                "[[first:aibek]] b. [[dob:08.11.2007]], birth cert [[passport:I-АН 0417752]] for the regional camp",
            ),
        ],
    ),
    # ---------------- ru (11) ----------------
    # Shymkent school psychologist, Russian groups and a parents' meeting: teachers and parents by name and
    # patronymic, a roll call with initials, surnames in case forms
    (
        "ru",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{2 декабря}}, школа, кабинет психолога, юноши 9 «Б», 12 человек, {{15–16 лет}}. Классный руководитель [[name:Гульнара Маратовна|Гульнара]] посидела первые 15 минут.",
            ),
            (1, [], "Разминка {{Снежный ком}} с именами. Потом {{Линия мнений}}: «мальчики не плачут»."),
            (2, ["quote"], "[[first:Алихан]]: «если пацан плачет, его во дворе съедят». Все закивали."),
            (
                3,
                ["insight"],
                "Потом [[first:алихан]] признался, что плакал на похоронах деда, и отец «посмотрел так, что лучше бы ударил».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Тапок]] ([[name:Данияр Ермеков|Ермеков]]) демонстративно сидел в наушниках, на вопросы отвечал «без разницы».",
            ),
            (
                5,
                [],
                "Упражнение {{Портрет настоящего мужчины}}: рисовали в группах. У двух групп вышел боксёр, одна нарисовала {{Димаша}} с микрофоном.",
            ),
            (
                6,
                ["follow-up"],
                "Мама [[surname:Ермекова|Ермеков]], [[name:Сауле Бахытжановна Ермекова|Ермекова]], просила перезвонить: раб. [[phone:8 (7252) 53-18-44]], сот. [[phone:+7 701 744 20 15]].",
            ),
            (
                7,
                ["insight"],
                "[[first:Ерасыл]] после урока: дома отец «воспитывает» маму, кричит каждый вечер. Просил никому не говорить, особенно [[first:Гульнаре|Гульнара]] Маратовне.",
            ),
            (
                8,
                ["referral"],
                "[[first:Ерасылу|Ерасыл]] дала {{150}} и свои часы (пн, ср 14:00–16:00, каб. 207).",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Ерасыл]], 9 «Б», д.р. [[dob:11.06.2010]], ИИН [[iin:100611501287]]. Живут [[address:мкр. Нурсат, д. 112, кв. 58]].",
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
                "{{9 декабря}}, та же группа + 3 мальчика из 10 «А». Завуч [[name:Бахыт Сериковна Абдуллаева|Абдуллаева]] попросила список для отчёта.",
            ),
            (
                1,
                [],
                "Явка: [[name:Ермеков Д.|Ермеков]] ✔, [[name:Тулегенов Е.|Тулегенов]] ✔, [[name:Сейсенбаев А.|Сейсенбаев]] ✘ (болеет), [[name:Ким В.|Ким]] ✔, [[name:Оспанов Н.|Оспанов]] ✔, остальные по журналу.",
            ),
            (2, [], "Упражнение {{Кто что делает дома}}. У 10 из 15 отец дома «ничего», но «зарабатывает»."),
            (
                3,
                ["quote"],
                "[[first:Влад]] ([[surname:Ким]]): «у нас корейская семья, мама всё, папа работает. так правильно».",
            ),
            (
                4,
                ["insight"],
                "[[first:влад]] потом сказал, что бабушка одна подняла пятерых детей, когда дед умер, и «у неё никто не спрашивал, можно ли».",
            ),
            (
                5,
                ["quote"],
                "[[first:Нурлан]]: «мой папа говорит: бей своих, чтоб чужие боялись». Хотел пошутить, не получилось.",
            ),
            (
                6,
                ["insight"],
                "Завуч после урока: [[surname:Оспановых|Оспанов]] знает вся школа, отец [[desc:председатель родительского комитета, тот, что подарил школе спортзал]].",
            ),
            (
                7,
                ["follow-up"],
                "Позвонить маме [[first:Нурлана|Нурлан]]: [[name:Ляззат Кайратовна|Ляззат]], [[phone:8 775 302 41 96]]. Только днём, когда отца нет дома.",
            ),
            (8, ["referral"], "Для [[first:Нурлана|Нурлан]]: {{150}}, {{111}}, записала к себе на четверг."),
            (9, [], "Отчёт в {{управление образования}} до {{20 декабря}}."),
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
                "{{16 декабря}}, 17:30, родительское собрание 9 «Б» и мой блок на 20 минут. Пришли 14 родителей, из них 3 отца.",
            ),
            (
                1,
                [],
                "Рассказала про наши занятия и про {{Закон РК «О профилактике бытового насилия»}}, раздала памятки.",
            ),
            (
                2,
                ["quote"],
                "Отец [[first:Данияра|Данияр]], [[name:Бауыржан Ермеков|Ермеков]]: «мы сами разберёмся, как воспитывать сына, не надо его учить посуду мыть».",
            ),
            (
                3,
                ["quote"],
                "[[name:Ольга Викторовна Ким|Ким]], бабушка [[first:Влада|Влад]], ответила ему: «а мой муж мыл, и ничего, сорок лет прожили».",
            ),
            (
                4,
                ["insight"],
                "[[name:Айгерим Сериковна|Айгерим]], мама [[first:Ерасыла|Ерасыл]], сидела отдельно и молчала. После собрания подошла: «он вам что-то рассказывал?»",
            ),
            (
                5,
                ["follow-up"],
                "С [[first:Айгерим]] Сериковной договорились на разговор в пятницу, без мужа. Её номер [[phone:+7 (747) 508-66-12]].",
            ),
            (
                6,
                ["resistance"],
                "Одна мама: «вы из какой организации, кто вам платит?». Объяснила: школа, {{Минпросвещения}}, методичка {{ЮНИСЕФ}}.",
            ),
            (
                7,
                ["quote"],
                "Отец [[first:Алихана|Алихан]], [[name:Марат Сейсенбаев|Сейсенбаев]]: «я сам в детстве получал ремнём, вырос нормальным». Тишина.",
            ),
            (
                8,
                ["follow-up"],
                "Адрес [[surname:Сейсенбаевых|Сейсенбаев]] для акта посещения: [[address:ул. Байтурсынова 41, частный дом за магазином «Арзан»]].",
            ),
        ],
    ),
    # Namangan youth centre, the Russian-language group: Russian with Uzbek words
    (
        "ru",
        "Наманган",
        [],
        [
            (
                0,
                [],
                "Наманган, молодёжный центр, русская группа, {{4 декабря}}, 11 парней {{17–21 года}}, в основном студенты {{НамГУ}}.",
            ),
            (
                1,
                [],
                "Разминка {{Кто я}}, потом {{Ящик мужчины}}. На доске: «мужик сказал, мужик сделал», «машина», «не ноет».",
            ),
            (
                2,
                ["quote"],
                "[[first:Тимур]]: «мужчина должен быть как {{Амир Темур}}: сильный и справедливый». Спросила про жён Темура, никто не знал про {{Сарай Мульк-ханым}}.",
            ),
            (
                3,
                ["insight"],
                "[[first:тимур]] потом рассказал, что мама после развода одна тянет их троих, работает в две смены в аптеке.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Шашлык]] ([[name:Рустам Хакимов|Хакимов]]) весь час шутил про «феминисток из Ташкента».",
            ),
            (
                5,
                ["quote"],
                "Из чата группы (разрешили скопировать):\n[22:03] [[nick:Шашлык]]: ну чё, завтра опять про равенство?\n[22:04] [[first:Тимур]]: приходи, тебе полезно 😂\n[22:05] [[first:Дима]]: я за",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Хакимову|Хакимов]] нужна характеристика для стипендии: д.р. [[dob:22.01.2005]], паспорт [[passport:AC 2208417]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Дима]] ([[name:Дмитрий Левченко|Левченко]]) хочет вести разминку. Тел. [[phone:+998 (90) 551-03-27]].",
            ),
            (8, ["referral"], "[[first:Тимуру|Тимур]] дала контакты психолога центра, для мамы {{1146}}."),
        ],
    ),
    (
        "ru",
        "Наманган",
        [],
        [
            (0, [], "{{11 декабря}}, русская группа, 13 человек. Тема: деньги в семье."),
            (1, [], "Упражнение {{Семейный бюджет}}: кто зарабатывает, кто решает, кто тратит."),
            (
                2,
                ["quote"],
                "[[first:Дима]]: «у нас зарплату папа отдаёт маме, она распределяет. он говорит: так спокойнее».",
            ),
            (
                3,
                ["quote"],
                "[[first:Анвар]]: «у нас мама даже на хлеб у папы просит». [[first:Шерзод]] добавил: «у нас так же, и ничего».",
            ),
            (
                4,
                ["insight"],
                "[[first:анвар]] после: сестра [[first:Зарина]] вышла замуж, и муж забрал её карту с зарплатой. Она учительница.",
            ),
            (
                5,
                [],
                "Обсуждали {{Закон о защите женщин от притеснения и насилия}}: экономическое насилие тоже насилие. Многие не знали.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Анвар]] хочет помочь сестре. [[first:Зарина]] у них [[desc:единственная учительница химии в школе посёлка, где они живут под Уйчи]].",
            ),
            (
                7,
                ["follow-up"],
                "Телефон [[first:Анвара|Анвар]] [[phone:97 315 48 20]], живёт [[address:Наманган, ул. Машраба 27, кв. 9]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Шерзод]] ([[name:Шерзод Абдуллаев|Абдуллаев]]) опоздал, «отец не отпускал», а ему {{19 лет}}. Договорились поговорить отдельно.",
            ),
        ],
    ),
    (
        "ru",
        "Наманган",
        [],
        [
            (0, [], "{{18 декабря}}, 12 парней, пришли двое из колледжа в {{Чусте}}."),
            (1, [], "Читали {{Машраба}}: любовь не про владение. Ребята удивились, что он наманганский."),
            (
                2,
                ["quote"],
                "[[first:Жавлон]] из Чуста: «у нас в махалле, если жена уйдёт, позор на всю семью. её вернут».",
            ),
            (
                3,
                ["insight"],
                "[[first:жавлон]] признался, что его тётя уходила от мужа трижды и её «три раза вернули».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Домкрат]] ([[first:Ойбек]], качается) сказал, что «мужик без власти не мужик».",
            ),
            (
                5,
                [],
                "Упражнение {{Контроль или забота}}: карточки «проверить телефон», «встретить после работы», «запретить подругу».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Жавлон]]: [[email:javlon.chust06@gmail.com]], телеграм [[handle:@javlon_06]]. Хочет в наш волонтёрский клуб.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ойбека|Ойбек]] привозит брат на Нексии [[plate:50 R 417 KA]]. Брат, [[name:Бобур Каримов|Каримов]], тренер зала.",
            ),
            (
                8,
                ["referral"],
                "Тёте [[first:Жавлона|Жавлон]] через него {{1146}} и адрес {{центра реабилитации}} в Намангане.",
            ),
            (9, [], "Последняя встреча года, следующая {{15 января}}."),
        ],
    ),
    # Khujand university club, the Russian-language group: Tajik quotes, -ҷон and -ро on names
    (
        "ru",
        "Худжанд",
        [],
        [
            (0, [], "Худжанд, университет, клуб, русская группа, {{6 декабря}}. 12 парней, {{18–22 лет}}."),
            (1, [], "Начали с {{Камоли Худжанди}}, не все знали, что он отсюда."),
            (
                2,
                ["quote"],
                "[[first:Исфандиёр]]: «Духтар бояд ба падар гӯш диҳад, баъд ба шавҳар». По-русски: «так нас учили».",
            ),
            (
                3,
                ["insight"],
                "[[first:Исфандиёрҷон|Исфандиёр]] (так его зовут в группе) потом сказал, что сестра хотела учиться в {{Москве}}, отец не пустил.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Бодом]] ([[name:Манучеҳр Ғафуров|Ғафуров]]), миндаль, потому что маленький и твёрдый, заявил: «мы не Европа».",
            ),
            (5, [], "Упражнение {{Горячий стул}}, вопрос к каждому: что ты сделал дома на этой неделе?"),
            (
                6,
                ["insight"],
                "[[first:Манучеҳрро|Манучеҳр]] спросила отдельно: отец в {{Екатеринбурге}}, он старший, на нём мама и три сестры.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Исфандиёр]]: тел. [[phone:+992 92 815 67 04]], живёт [[address:Худжанд, 19 мкр., дом 7, кв. 31]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Манучеҳр]] [[desc:единственный парень на отделении дошкольного образования]], над ним шутят в общежитии.",
            ),
            (9, ["referral"], "Обоим дала {{Телефони боварӣ}} и часы университетского психолога."),
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
                "{{13 декабря}}, 14 парней. Пришёл преподаватель [[name:Рустам Абдуллоевич|Рустам]], сидел в конце.",
            ),
            (
                1,
                [],
                "Из чата клуба:\n[[first:Фаррух]]: имрӯз дар 305-ум\n[[first:Шаҳром]]: ок\n[[nick:Бодом]]: ман дер мемонам 🙏",
            ),
            (2, [], "Упражнение {{Почему она не уходит}}: истории, ребята объясняли причины."),
            (
                3,
                ["quote"],
                "[[first:Шаҳром]]: «куда она уйдёт? к родителям позор, одна опасно». Самое честное за вечер.",
            ),
            (
                4,
                ["insight"],
                "[[first:шаҳром]] потом: его мама трижды собирала вещи и оставалась «ради нас».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Абдуллоҳ]]: «в {{Шариате}} муж может наказать жену». [[first:Рустам]] Абдуллоевич спокойно ответил про {{Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»}}.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Абдуллоҳ]] ([[name:Абдуллоҳ Мирзоев|Мирзоев]]): почта [[email:abdulloh.mirzoev@inbox.ru]], ИНН [[iin:520114837]].",
            ),
            (7, ["referral"], "[[first:Шаҳромҷон|Шаҳром]] взял {{Телефони боварӣ}} для мамы и {{112}}."),
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
                "{{20 декабря}}, выездная встреча: прогулка по {{Панчшанбе}} и разговор в чайхане. 10 парней.",
            ),
            (
                1,
                ["quote"],
                "[[first:Далер]] у прилавка с сухофруктами: «видите, все продавцы женщины, а деньги у мужей».",
            ),
            (
                2,
                ["resistance"],
                "[[nick:Мулло]] ([[first:Абдуллоҳ]]) в чайхану не пошёл: «в чайхане не место для таких разговоров».",
            ),
            (3, [], "В чайхане упражнение {{Письмо отцу}}, писали по-таджикски и по-русски."),
            (
                4,
                ["quote"],
                "Письмо [[first:Фарруха|Фаррух]] (прочитал вслух): «Падарҷон, ман мехоҳам, ки шумо модарамро ҳеҷ гоҳ назанед».",
            ),
            (
                5,
                ["insight"],
                "[[first:Фаррух]] после письма долго молчал, потом сказал, что отец «иногда» бьёт маму и он не знает, что делать.",
            ),
            (
                6,
                ["referral"],
                "[[first:Фарруху|Фаррух]] дала номер кризисного центра и {{Телефони боварӣ}}, договорились встретиться в понедельник.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Фаррух]] ([[name:Фаррух Саидов|Саидов]]) живёт [[address:за Масҷиди Ҷомеъ, третий дом с зелёными воротами, где продают лепёшки]]; тел. [[phone:918 32 40 77]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Далер]]: [[dob:05.09.2003]], паспорт [[passport:A 04418726]], для справки в деканат.",
            ),
        ],
    ),
    # Village near Naryn, Russian notes typed in a hurry, no capitals, Kyrgyz words
    (
        "ru",
        "Эмгекчил",
        [],
        [
            (0, [], "эмгекчил, клуб, {{10 дек}}, 10 пацанов, холодно, сидели в куртках"),
            (1, [], "{{ящик мужчины}}. написали: акча, күч, үй, малы бар, ичпейт (!)"),
            (
                2,
                ["quote"],
                "[[first:эрмек]]: «жигит малын багат, кыз үйдө». потом сам: «ну а мой брат в бишкеке готовит, нормально»",
            ),
            (
                3,
                ["insight"],
                "[[first:эрмек]] живёт с дядей, родители в {{москве}}. дядя строгий, «телефонду алат»",
            ),
            (
                4,
                ["resistance"],
                "[[nick:тайлак]] ([[first:жанболот]]) ржал всё время, сказал что это «для городских»",
            ),
            (5, [], "говорили про {{курманжан датку}}: женщина, а командовала. пацаны знают по фильму"),
            (
                6,
                ["follow-up"],
                "[[first:эрмектин|эрмек]] дядя [[name:асан токтосунов|токтосунов]], тел [[phone:0 (701) 12-45-93]]. живут [[address:возле старой бани, напротив медпункта, дом с синими ставнями]]",
            ),
            (7, ["follow-up"], "[[first:жанболот]] д.р. [[dob:19.04.2009]], пин [[iin:21904200950027]]"),
            (
                8,
                ["referral"],
                "всем {{111}}, [[first:эрмеку|эрмек]] отдельно соцпедагога школы [[first:нургүл]] эже",
            ),
        ],
    ),
    (
        "ru",
        "Эмгекчил",
        [],
        [
            (0, [], "{{24 дек}}, эмгекчил, 8 пацанов, остальные на тое"),
            (
                1,
                ["quote"],
                "из группы в вотсапе:\n[[first:эрмек]]: байке биз тойдобуз\n[[nick:тайлак]]: мен келем\n[[first:бакыт]]: мен да",
            ),
            (2, [], "раз половина на тое, говорили про той: кто готовит, кто платит, кто сидит за столом"),
            (
                3,
                ["insight"],
                "[[first:бакыттын|бакыт]] сестра [[first:айпери]] выходит замуж в 17, «кыз алып качуу эмес, макул болгон». я не уверена",
            ),
            (
                4,
                ["resistance"],
                "[[nick:тайлак]]: «кыз качырыш салт». поспорили с [[first:бакытом|бакыт]], тот против",
            ),
            (
                5,
                [],
                "показала статью {{уголовного кодекса}} про похищение невесты, пацаны не знали что до 10 лет",
            ),
            (
                6,
                ["referral"],
                "[[first:бакыту|бакыт]] дала {{111}} для сестры и телефон кризисного центра «{{сезим}}»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:айпери]] тел [[phone:0555 40 18 27]], жених [[desc:сын хозяина единственной заправки в селе]]",
            ),
            (8, [], "в конце все потренировались говорить тост на той: «{{бакыт}} болсун» 😄"),
        ],
    ),
    # ---------------- kk (11) ----------------
    # Shymkent school psychologist, Kazakh classes: teachers as апай/ағай with patronymics, parents' chat,
    # roll calls, case endings on names; four sessions typed in the 2021 Latin letters
    (
        "kk",
        "Шымкент",
        [],
        [
            (
                0,
                [],
                "{{3 желтоқсан}}, мектеп, 9 «В» қазақ сыныбы, 14 ұл, {{15 жас}}. Сынып жетекшісі [[name:Гүлнәр Сәрсенқызы|Гүлнәр]] апай қатысты.",
            ),
            (
                1,
                [],
                "Жаттығу {{Ер жігіттің жәшігі}}: тақтаға «күшті», «жыламайды», «ақша табады», «намысшыл» деп жазды.",
            ),
            (2, ["quote"], "[[first:Нұрислам]]: «ер адам жыласа, ол ер емес». Бәрі келісті."),
            (
                3,
                ["insight"],
                "Кейін [[first:нұрислам]] айтты: әкесі {{Ресейде}} жұмыста, анасы базарда. «анам жылайды, мен көремін».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Самса]] ([[name:Ерназар Жұмабеков|Жұмабеков]]) бүкіл сабақта күліп отырды: «апай, бұл қыздарға арналған сабақ».",
            ),
            (
                5,
                [],
                "{{Қажымұқан}} туралы айттым: әлемге әйгілі палуан, бірақ анасын қалай сыйлаған. Балаларға ұнады.",
            ),
            (
                6,
                ["insight"],
                "[[first:Ерназардың|Ерназар]] досы [[first:Бекарыс]] үзілісте айтты: «ол өтірік айтады, әкесі ұрады».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ерназармен|Ерназар]] жеке сөйлесу керек. Анасы [[name:Динара Әбдіқызы|Динара]], тел. [[phone:8 701 620 38 14]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бекарыс]] ([[name:Бекарыс Төлеген|Төлеген]]): ЖСН [[iin:100915500734]], туған күні [[dob:15.09.2010]].",
            ),
            (
                9,
                ["referral"],
                "Сыныпқа {{150}} нөмірін жаздырдым. [[first:Гүлнәр]] апай ата-аналар чатына салады.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (0, [], "{{10 желтоқсан}}, 9 «В», 13 ұл. [[first:Бекарыс]] жоқ, ауырып қалыпты."),
            (
                1,
                [],
                "Түгендеу: [[name:Жұмабеков Е.|Жұмабеков]] +, [[name:Әлімов Н.|Әлімов]] +, [[name:Төлеген Б.|Төлеген]] –, [[name:Сәрсенбай Ә.|Сәрсенбай]] +, [[name:Құрманов Д.|Құрманов]] +, қалғаны журнал бойынша.",
            ),
            (2, [], "Жаттығу {{Үйдегі жұмыс}}: 20 іс, кім істейді? Ыдыс, кір, тамақ, бәрі анасында."),
            (
                3,
                ["quote"],
                "[[first:Әділет]] ([[surname:Сәрсенбай]]): «біздің үйде әкем тамақ пісіреді, ол аспаз». Біреулер күлді, ол ұялмады.",
            ),
            (
                4,
                ["insight"],
                "[[first:Әділеттің|Әділет]] әкесі [[desc:«Бәйтерек» мейрамханасының бас аспазы, теледидарда ас пісіретін]], сондықтан бәрі біледі.",
            ),
            (5, [], "Тақырып {{әділет}}: үйде кімге әділ, кімге әділ емес? Тақтаға жазып шықтық."),
            (
                6,
                ["quote"],
                "[[first:Данияр]] ([[surname:Құрманов]]): «әпкем университетте оқиды, ал мені әкем оқытпаймын дейді, бизнеске керексің». Қызық бұрылыс.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Даниярдың|Данияр]] әкесі [[name:Серік Құрманов|Құрманов]] «жұмаға мектепке келемін» деді. Тел. [[phone:+7 (702) 415-77-30]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Ерназарға|Ерназар]] {{150}} және {{111}} бердім, әлеуметтік педагог [[name:Ержан Серікұлы|Ержан]] ағаймен таныстырдым.",
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
                "{{17 желтоқсан}}, 10 «Ә» сыныбы, 12 ұл, {{16 жас}}. {{Тәуелсіздік күні}} мерекесінен кейінгі сабақ.",
            ),
            (
                1,
                [],
                "{{Желтоқсан оқиғасы}} туралы сөйлестік: жастар, қыздар да алаңға шыққан. {{Ләззат Асанова}} есімін ешкім білмейді екен.",
            ),
            (2, ["quote"], "[[first:Арнұр]]: «ол кезде ер жігіттер батыр болған, қазір бәрі телефонда»."),
            (
                3,
                ["resistance"],
                "[[nick:Бөрік]] ([[name:Мейіржан Оразбек|Оразбек]]): «қыздарды алаңға жіберу ата-анасының кінәсі».",
            ),
            (
                4,
                [],
                "Жаттығу {{Батыр деген кім}}: әр топ бір батырды сипаттады. {{Бауыржан Момышұлы}}, {{Әлия Молдағұлова}}, {{Мәншүк Мәметова}}.",
            ),
            (
                5,
                ["quote"],
                "[[first:Мейіржан]]: «{{Әлия}} мен {{Мәншүк}} ерекше, қалған қыздар үйде отыруы керек».",
            ),
            (
                6,
                ["insight"],
                "[[first:мейіржанның|Мейіржан]] әпкесі [[first:Ақерке]] медколледжде оқиды, әкесі «оқуды тастат, тұрмысқа шық» деп жатыр.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ақеркеге|Ақерке]] бола колледждің психологы [[name:Жанар Болатқызы|Жанар]] апаймен хабарласамын. Тел. [[phone:8 (7252) 39-62-04]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Арнұр]] олимпиадаға: ЖСН [[iin:090228500461]], [[dob:28.02.2009]], поштасы [[email:arnur.shym09@mail.ru]].",
            ),
            (9, ["referral"], "Сыныпқа {{150}}, [[first:Мейіржанға|Мейіржан]] жеке {{111}}."),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (0, [], "{{24 желтоқсан}}, 9 «В», жылдың соңғы сабағы. 12 ұл."),
            (
                1,
                ["quote"],
                "Ата-аналар чатынан (сынып жетекшісі рұқсат берді):\n[19:20] [[name:Динара Әбдіқызы|Динара]]: рахмет апай, ұлым үйде ыдыс жуды 😊\n[19:22] [[name:Серік Құрманов|Серік]]: бізде де\n[19:25] [[first:Гүлнәр]] апай: 👏",
            ),
            (2, [], "Жаттығу {{Болашақ ұлыма хат}}."),
            (
                3,
                ["insight"],
                "[[nick:Самса]] хат жазбады, бос парақ берді. Артынан келіп: «әкем кеше анамды ұрды» деді.",
            ),
            (
                4,
                ["follow-up"],
                "Дереу [[name:Ержан Серікұлы|Ержан]] ағаймен сөйлестім: ювеналдық полицияға хабарлау керек пе, ақылдастық.",
            ),
            (
                5,
                ["referral"],
                "[[first:Ерназарға|Ерназар]] {{150}} нөмірін қайта бердім, анасына {{111}} және қалалық дағдарыс орталығының мекенжайы.",
            ),
            (
                6,
                ["follow-up"],
                "[[surname:Жұмабековтер|Жұмабеков]] мекенжайы: [[address:Қайтпас-1 ш/а, 15-көше, 42 үй]]. Анасы [[phone:87016203814]].",
            ),
            (
                7,
                ["quote"],
                "[[first:Бекарыс]]: «апай, келесі жылы да болады ма?» [[first:Әділет]]: «болсын».",
            ),
            (8, [], "Келесі цикл {{14 қаңтардан}} басталады."),
            (
                9,
                ["follow-up"],
                "[[first:Нұрислам]] ([[name:Нұрислам Әлімов|Әлімов]]) анасы [[first:Маржан]] жұмыс іздеу туралы кеңес сұрады, [[email:marzhan.alimova@mail.ru]].",
            ),
        ],
    ),
    (
        "kk",
        "Şymkent",
        [],
        [
            (
                0,
                [],
                "{{14 qañtar}}, mektep, 10 «A» qazaq synyby, 11 ūl. Bügın latynşa jazamyn, jaña kompiuterde qazaqşa klaviatura joq.",
            ),
            (1, [], "Jattyğu {{Ūl men qyz}}: ekı bağan, «ūlğa rūqsat», «qyzğa rūqsat»."),
            (2, ["quote"], "[[first:Ūlan]]: «ūl keşke deiın jürse bolady, qyz joq. būl qauıpsızdık üşın»."),
            (
                3,
                ["insight"],
                "[[first:ūlannyñ|Ūlan]] qaryndasy [[first:Aiym]] 8-synypta, äkesı onyñ telefonyn tekserıp otyrady. [[first:Ūlan]] özı de tekseredı eken.",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Qoian]] ([[name:Aldiiar Sapar|Sapar]]) sabaqtan qaşyp ketpekşı boldy: «apai, men futbolğa».",
            ),
            (5, [], "{{Abaidyñ}} «{{Tolyq adam}}» degen oiy turaly söilestık."),
            (6, ["quote"], "[[first:Aldiiar]]: «{{tolyq adam}} ol aqşasy bar adam». Bärı küldı, özı de."),
            (
                7,
                ["insight"],
                "[[first:aldiiardyñ|Aldiiar]] äkesı {{Almatyda}}, anasy jalğyz üş balany asyrap otyr. «Men üidıñ erı emespın, anam erı».",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Aiymğa|Aiym]] qatysty synyp jetekşısı [[name:Sabina Erjanqyzy|Sabina]] apaimen söilesemın. Tel. [[phone:+7 775 118 40 63]].",
            ),
            (9, ["follow-up"], "[[first:Ūlan]]: JSN [[iin:090517500312]], tuğan künı [[dob:17 mamyr 2009]]."),
            (
                10,
                ["referral"],
                "Synypqa {{150}}. [[first:Ūlanğa|Ūlan]] jeke: mektep psihology (men) seisenbı saiyn.",
            ),
        ],
    ),
    (
        "kk",
        "Şymkent",
        [],
        [
            (0, [], "{{21 qañtar}}, 10 «A», 12 ūl. Synyp çatynan (rūqsatpen):"),
            (
                1,
                ["quote"],
                "[20:14] [[first:Aldiiar]]: apai erteñ sabaq bola ma\n[20:15] [[first:Ūlan]]: bolady ğoi\n[20:15] [[first:Ernur]]: men kelmeimın, ağamnyñ toiy",
            ),
            (2, [], "Jattyğu {{Ystyq oryndyq}}: ärkım bır sūraqqa şyn jauap beredı."),
            (
                3,
                ["quote"],
                "[[first:Ernur]]: «ağamnyñ äielı toidan keiın jūmysyn tastaidy, ağam solai dedı».",
            ),
            (4, ["insight"], "[[first:ernur]] özı būğan qarsy, bıraq «ağama eşkım qarsy kele almaidy»."),
            (
                5,
                [],
                "Oqydyq: «{{Neke (erlı-zaiyptylyq) jäne otbasy turaly kodeks}}», äieldıñ eñbek etu qūqyğy.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ernur]] ([[name:Ernur Nūrtai|Nūrtai]]): tel. [[phone:8 747 209 55 18]], üiı [[address:Ordabasy alañynyñ artynda, şinomontajdyñ qasyndağy jasyl qaqpaly üi]].",
            ),
            (
                7,
                ["insight"],
                "[[first:Ūlan]] bügın qaryndasyn tekseru turaly özı aitty: «endı tekserımeimın, apai».",
            ),
            (8, ["referral"], "[[first:Ernurğa|Ernur]] {{111}} jäne {{150}}, ağasynyñ äielıne berse dep."),
        ],
    ),
    (
        "kk",
        "Şymkent",
        [],
        [
            (0, [], "{{28 qañtar}}, 11 «Ä» synyby, 13 ūl, {{17 jas}}. Taqyryp: äskerden keiın kım bolamyn?"),
            (
                1,
                [],
                "Jattyğu {{Mamandyq kartasy}}: «er mamandyğy», «äiel mamandyğy» degen kartalardy almastyrdyq.",
            ),
            (
                2,
                ["quote"],
                "[[first:Dınmūhammed]]: «medbike äiel jūmysy, men barmaimyn». Bıraq özı därıger bolğysy keledı.",
            ),
            (
                3,
                ["insight"],
                "[[first:dınmūhammed]] äjesı medbike bolğan, «onyñ qolynan ölgender az boldy» dep maqtanady.",
            ),
            (
                4,
                [],
                "{{Dimaş Qūdaibergen}} turaly daulastyq: änşı er mamandyğy ma? Bärı «iä» dedı, özderı tañ qaldy.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Şal]] ([[name:Ermek Jaqsylyqov|Jaqsylyqov]]), synyptyñ eñ ülkenı, 18-de: «er adam teñdık dep jürse, äielı basyna şyğady».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ermekpen|Ermek]] jeke söilesu kerek. Anasy [[name:Raushan Temırbekqyzy|Raushan]] apai, [[phone:+7 (701) 558-24-19]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Dınmūhammed]] medkolledjge baruy mümkın: poştasy [[email:dinmukhammed.shym@gmail.com]], tuğan [[dob:2008 jylğy 3 qazan]].",
            ),
            (8, ["referral"], "Synypqa {{150}} jäne {{111}}. [[first:Ermekke|Ermek]]: menıñ kabinetım, 207."),
            (9, [], "Kelesı sabaq {{4 aqpan}}, direktor orynbasary qatysady."),
        ],
    ),
    (
        "kk",
        "Şymkent",
        [],
        [
            (
                0,
                [],
                "{{4 aqpanda}}, 11 «Ä», 12 ūl. Direktor orynbasary [[name:Ainūr Qairatqyzy Omarova|Omarova]] otyrdy.",
            ),
            (
                1,
                [],
                "Taqyryp: telefon jäne baqylau. Jattyğu {{Qyzyl syzyq}}: qamqorlyq qai jerde bıtıp, baqylau qai jerde bastalady?",
            ),
            (
                2,
                ["quote"],
                "[[first:Asylbek]]: «qyzymnyñ telefonyn tekseremın, ol menıñ qūqyğym». Özı 17-de, qyzy joq 😄",
            ),
            (
                3,
                ["insight"],
                "[[first:asylbek]] keiın aitty: äkesı anasynyñ telefonyn kün saiyn tekseredı, «anam ūialady».",
            ),
            (
                4,
                ["resistance"],
                "[[nick:Şal]] bügın de qarsy: «bız qazaqpyz, bızde basqaşa». [[surname:Omarova]] apai oğan tynyş jauap berdı.",
            ),
            (5, [], "{{Alaş}} qairatkerlerı turaly: {{Ahmet Baitūrsynūly}} qyzdardyñ oquyn qoldağan."),
            (
                6,
                ["quote"],
                "[[first:Ermek]]: «{{Alaştyñ}} ağalary myqty bolğan, bız de solai boluymyz kerek».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Asylbek]] ([[name:Asylbek Dosmağambet|Dosmağambet]]): JSN [[iin:081119500527]], tel. [[phone:8 (702) 344 81 06]].",
            ),
            (
                8,
                ["insight"],
                "[[first:Asylbektıñ|Asylbek]] anasy [[desc:Enbekşı audandyq sotynyñ jalğyz äiel sudiasy]], sondyqtan ol bärın jasyrady.",
            ),
            (
                9,
                ["referral"],
                "[[first:Asylbekke|Asylbek]] anasy üşın {{111}} jäne dağdarys ortalyğynyñ mekenjaiy.",
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
                "{{7 қаңтар}}, мұғалімдер бөлмесі, 8–9 сынып ұлдарының сынып жетекшілерімен кеңес. 6 мұғалім.",
            ),
            (
                1,
                ["quote"],
                "[[name:Әсел Ғаниқызы|Әсел]] апай (8 «Б»): «[[first:Темірлан]] сабақта қыздарды итереді, сөйлессем, „сен әйелсің, үйретпе“ дейді».",
            ),
            (
                2,
                ["insight"],
                "[[first:Темірланның|Темірлан]] әкесі [[name:Қанат Бекжанұлы|Қанат]] ата-аналар комитетінде, мектепке жиі келеді. Үйде не болып жатқанын ешкім білмейді.",
            ),
            (
                3,
                ["resistance"],
                "Дене шынықтыру мұғалімі [[name:Болат Нұрланұлы|Болат]] аға: «ұлдарға психолог керек емес, спорт керек».",
            ),
            (4, ["quote"], "[[first:Болат]] аға тағы: «ер бала {{болат}} сияқты болуы керек, шыңдалады»."),
            (
                5,
                [],
                "Кеңес: {{Ата-ана мектебі}} бағдарламасына әкелерді шақыру, {{Біртұтас тәрбие}} бағдарламасы аясында.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Темірлан]] ([[name:Темірлан Қанатұлы|Қанатұлы]]), 8 «Б», [[dob:2012 ж. 2 наурыз]], анасы [[first:Айжан]], тел. [[phone:8 778 236 90 41]].",
            ),
            (
                7,
                ["insight"],
                "[[name:Әсел Ғаниқызы|Әсел]] апайдың өзі айтты: ұлы [[first:Алмас]] 9 «А»-да, «үйде ол да әкесіне ұқсап барады».",
            ),
            (8, ["referral"], "Мұғалімдерге {{150}} және {{111}} плакаттарын бердім, әр сыныпқа ілуге."),
            (
                9,
                ["follow-up"],
                "[[first:Алмастың|Алмас]] мекенжайы: [[address:Тұран ш/а, Рысқұлбеков көшесі, 88]], келесі аптада үйге бару.",
            ),
            (10, [], "Келесі кеңес {{11 ақпанда}}."),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (0, [], "{{21 қаңтар}}, 8 «Б» ұлдары, 15 бала, {{14 жас}}. сабақ үзіліп қала берді, телефондар."),
            (1, [], "жаттығу {{Көрінбейтін жүк}}: әр баланың арқасына қағаз, жазды: «ұят», «намыс», «ақша»."),
            (
                2,
                ["insight"],
                "кейін [[first:Темірлан]] жалғыз қалғанда: «әкем анамды итерді, мен де қыздарды итеремін. білмеймін неге».",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Тышқан]] ([[name:Азамат Серікбай|Серікбай]]) бүкіл сабақта телефонда, {{Brawl Stars}}.",
            ),
            (
                4,
                ["quote"],
                "[[first:Азамат]]: «апай, {{азамат}} деген ер адам деген сөз ғой, менің атым өзі айтып тұр».",
            ),
            (5, [], "{{Қорқыт ата}} аңызын айттым: өлімнен қашу емес, өмірді құрметтеу. ұлдар тыңдады"),
            (
                6,
                ["follow-up"],
                "[[first:Темірланмен|Темірлан]] жеке кездесу, жұма 15:00. анасы [[first:Айжанмен|Айжан]] де сөйлесу.",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:тышқанның|тышқан]] әкесі [[name:Ғалым Серікбай|Серікбай]] такси жүргізеді, [[plate:147 AVS 17]], тел [[phone:8 705 917 42 36]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Темірланға|Темірлан]] {{150}}, анасына {{111}}. әлеуметтік педагог [[name:Ержан Серікұлы|Ержан]] ағай хабардар.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [],
        [
            (0, [], "{{28 қаңтар}}, 8 «Б», 14 ұл. [[name:Әсел Ғаниқызы|Әсел]] апай қатысты."),
            (
                1,
                [],
                "Түгендеу: [[first:Темірлан]] ✔, [[first:Азамат]] ✔, [[first:Алмас]] ✔, [[first:Нұрдәулет]] ✘, [[first:Айбар]] ✔, [[nick:Шұбат]] ✔ (өзі солай жазуды сұрады), қалғаны ✔.",
            ),
            (2, [], "жаттығу {{Рөлдер ауысымы}}: ұлдар анасының бір күнін ойнады."),
            (
                3,
                ["quote"],
                "[[first:Айбар]] анасының рөлінде: «таңертең 6-да тұрамын, ешкім рахмет айтпайды». Бәрі күлді, сосын тынып қалды.",
            ),
            (
                4,
                ["insight"],
                "[[nick:Шұбат]] ([[name:Мұхамедәлі Ысқақ|Ысқақ]]) айтты: әкесі жоқ, анасы түйе сүтін сатады, «мен үйдің еркегімін, 14 жаста».",
            ),
            (
                5,
                ["follow-up"],
                "[[first:Нұрдәулеттің|Нұрдәулет]] үйі [[address:Ақжайық шағын ауданы, мешіттің артындағы сары үй, қақпасында ит байлаулы]]. барып көру керек.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Айбар]]: [[dob:09.10.2011]], ЖСН [[iin:111009500681]]. анасы [[first:Мөлдір]], [[phone:+7 (777) 314-06-58]].",
            ),
            (
                7,
                ["referral"],
                "[[nick:шұбатқа|шұбат]] {{150}}, мектеп асханасындағы тегін тамақ туралы директорға айттым.",
            ),
            (8, [], "{{Наурызға}} дейін тағы 4 сабақ."),
        ],
    ),
    # ---------------- mixed (7), typed in the Russian workshop ----------------
    # Namangan youth centre, mixed groups: Uzbek Latin with o' and g', Russian lines in between, -ning/-ga/-ni
    (
        "ru",
        "Namangan",
        [],
        [
            (0, [], "Namangan, yoshlar markazi, {{7 dekabr}}, 13 yigit. Guruh aralash: o'zbekcha va ruscha."),
            (
                1,
                [],
                "Mashq {{Erkaklar qutisi}}: doskaga «pul topadi», «ojiz emas», «ota-onasini boqadi», по-русски дописали «не ноет».",
            ),
            (
                2,
                ["quote"],
                "[[first:Oybek]]: «erkak kishi oshxonaga kirmaydi, bu onamning joyi». [[first:Jasur]]: «а ты голодный сидишь, если мамы нет?»",
            ),
            (
                3,
                ["resistance"],
                "[[nick:Sabzi]] ([[name:Doniyorbek G'ofurov|G'ofurov]]) butun dars kuldi: «opa, bu darsni qizlarga o'tish kerak».",
            ),
            (
                4,
                [],
                "{{Boborahim Mashrab}} g'azalidan o'qidik, ishq va hurmat haqida. Bolalar {{Mashrab}} namanganlik ekanini bilishar ekan.",
            ),
            (
                5,
                ["quote"],
                "[[first:Doniyorbek]] keyin: «men opamni urganman, bir marta. dadam „to'g'ri qilding“ dedi». Все замолчали.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Doniyorbekning|Doniyorbek]] opasi [[first:Gulnoza]], 19 yosh, tel. [[phone:+998 (93) 406-18-72]]. U bilan alohida gaplashish kerak.",
            ),
            (
                7,
                ["referral"],
                "[[first:Gulnozaga|Gulnoza]] {{1146}} va markaz psixologi [[name:Shahnoza Karimovna|Shahnoza]] opaning raqami.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Jasur]] ([[name:Jasur Ahmedov|Ahmedov]]) волонтёр: [[email:jasur.ahmedov.nam@gmail.com]], tug'ilgan [[dob:2006 yil 12 aprel]].",
            ),
            (
                9,
                ["follow-up"],
                "[[nick:sabzi]] uyi [[address:Kosonsoy ko'chasi, «Orzu» to'yxonasi orqasida, yashil darvozali uy]].",
            ),
        ],
    ),
    (
        "ru",
        "Namangan",
        [],
        [
            (0, [], "{{14 dekabr}}, markaz, 12 yigit, 2 nafari yangi. Начали поздно, свет отключили."),
            (
                1,
                ["quote"],
                "Telegram guruhdan (ruxsat bilan):\n[18:02] [[first:Sherzod]]: svet yo'q, kelaveraylikmi?\n[18:03] [[nick:Sabzi]]: shamni olib kelaman 🕯\n[18:04] [[first:Akmal]]: я с фонариком",
            ),
            (2, [], "Mashq {{Orzular daraxti}}: har kim bitta {{orzu}} yozdi: kasb, oila, uy."),
            (3, ["quote"], "[[first:Akmal]]: «mening orzuim onamni hajga yuborish»."),
            (
                4,
                ["insight"],
                "[[first:akmal]] onasi [[desc:Namangan viloyatidagi yagona ayol avtobus haydovchisi, 27-marshrutda]], u bilan faxrlanadi, lekin do'stlari kulishadi.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Sherzod]] ([[name:Sherzod Nishonov|Nishonov]]): «ayol haydovchi bu xavfli». Поспорили, [[first:Akmal]] обиделся.",
            ),
            (
                6,
                [],
                "Gaplashdik: {{Xotin-qizlarni tazyiq va zo'ravonlikdan himoya qilish to'g'risidagi qonun}}, nazorat ham zo'ravonlik bo'lishi mumkin.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Akmal]]: tel. [[phone:99-812-47-30]], uyi [[address:Namangan, 7-kichik tuman, 31-uy, 12-xonadon]].",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Sherzodning|Sherzod]] opasi [[first:Malika]] 22 yoshda, ishlamoqchi, ukasi qarshi. Через маму, [[first:Nodira]] opa, [[phone:+998 69 226 15 04]].",
            ),
            (
                9,
                ["referral"],
                "{{1146}} har kimga, [[first:Malikaga|Malika]] {{Yoshlar ishlari agentligi}} ish yarmarkasi haqida.",
            ),
        ],
    ),
    (
        "ru",
        "Наманган",
        [],
        [
            (0, [], "Наманган, {{21 декабря}}, markazda yangi yil oldidan so'nggi mashg'ulot. 14 yigit."),
            (1, [], "Mashq {{Yangi yil xati}}: otamga yoki akamga bitta xat."),
            (
                2,
                ["quote"],
                "[[first:Ulug'bekning|Ulug'bek]] xati: «Dada, onamga qo'l ko'tarmang, men katta bo'ldim».",
            ),
            (
                3,
                ["insight"],
                "[[nick:Bulut]], ya'ni [[first:Ulug'bek]], keyin dedi: «dadam {{Rossiyadan}} qaytgach, uyda janjal ko'p».",
            ),
            (
                4,
                ["quote"],
                "[[first:Ilhomjon]]: «men akamga yozdim: kelinoyini ishga qo'y». Akasi [[first:Baxtiyor]] 'qattiq odam'.",
            ),
            (
                5,
                [],
                "Oxirida {{Shavkat Mirziyoyev}}ning yoshlar haqidagi nutqidan parcha o'qidik, keyin choy.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ulug'bekka|Ulug'bek]] uyiga qo'ng'iroq: onasi [[name:Ra'no Tursunova|Tursunova]], [[phone:94 603 21 77]].",
            ),
            (
                7,
                ["referral"],
                "[[first:Ulug'bekning|Ulug'bek]] onasiga {{1146}} va mahalla {{xotin-qizlar faoli}}.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Behruz]] ([[name:Behruz Qosimov|Qosimov]]): ID karta [[passport:AE 7021539]], JSHSHIR [[iin:52608056320014]].",
            ),
            (9, [], "Keyingi tsikl {{yanvarda}}."),
        ],
    ),
    # Khujand university club, mixed groups: Tajik with Russian, -ро and -ҷон on names
    (
        "ru",
        "Хуҷанд",
        [],
        [
            (0, [], "Хуҷанд, клуб, {{27 декабря}}, 11 бача. Аралаш: тоҷикӣ ва русӣ."),
            (1, [], "Машқ {{Қуттии мард}}: «пул», «қувват», «гиря намекунад», по-русски «не подкаблучник»."),
            (
                2,
                ["quote"],
                "[[first:Суҳроб]]: «Мард бояд ҳама чизро ҳал кунад». [[first:Ҷамшед]]: «а если он не умеет?»",
            ),
            (
                3,
                [],
                "Дар бораи {{Рустам ва Суҳроб}} аз {{Шоҳнома}}: падар писарро намешиносад. Бачаҳо ором шуданд.",
            ),
            (
                4,
                ["insight"],
                "[[first:Суҳроби|Суҳроб]] падар дар Русия, 8 сол. «Ман падарамро намешиносам, мисли {{Суҳроби Шоҳнома}}».",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Санг]] ([[name:Ҷамшед Раҷабов|Раҷабов]]), камень, молчит как камень, сегодня заговорил: «это всё западное».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ҷамшедро|Ҷамшед]] бояд алоҳида бинам. Телефон [[phone:+992 (92) 706-14-38]], суроға [[address:Хуҷанд, кӯчаи Гагарин 114, ҳавлии хусусӣ]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Суҳроб]] ([[name:Суҳроб Назарзода|Назарзода]]): [[email:suhrob.nazarzoda@mail.ru]], таваллуд [[dob:11.12.2002]].",
            ),
            (8, ["referral"], "[[first:Суҳробу|Суҳроб]] университетский психолог и {{Телефони боварӣ}}."),
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
                "Худжанд, {{17 января}}, 12 бача. Рӯйхат: [[name:Назарзода С.|Назарзода]], [[name:Раҷабов Ҷ.|Раҷабов]], [[name:Саидов Ф.|Саидов]], [[name:Мирзоев А.|Мирзоев]] ва 8 нафари дигар.",
            ),
            (1, [], "Машқ {{Занҷири қарорҳо}}: кӣ дар хона чӣ қарор қабул мекунад."),
            (
                2,
                ["quote"],
                "[[nick:Санг]]: «ҳамаашро падарам, ҳатто либоси модарамро». Потом тихо: «это ненормально, да?»",
            ),
            (
                3,
                ["insight"],
                "[[first:ҷамшед]] после: сестра [[first:Меҳрангез]] хочет учиться на врача, отец сказал «не для девушки».",
            ),
            (4, [], "{{Садриддин Айнӣ}}, «{{Ёддоштҳо}}»: порча дар бораи модар ва мактаб."),
            (
                5,
                ["quote"],
                "Из чата:\n[[first:Далер]]: ман фардо намеоям\n[[first:Фаррух]]: чаро?\n[[first:Далер]]: тӯй 😅",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Меҳрангез]] хочет поговорить с кем-то из мединститута. Её телеграм [[handle:@mehrangez_kh]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Абдуллоҳ]] переехал, новый адрес [[address:деҳаи Овчи, назди мактаби 5, хонаи дуошёна бо дарвозаи сурх]].",
            ),
            (
                8,
                ["referral"],
                "Всем {{Телефони боварӣ}}; [[first:Меҳрангезро|Меҳрангез]] направила в {{Кумитаи кор бо занон ва оила}}.",
            ),
        ],
    ),
    # Village near Naryn, mixed: Kyrgyz with Russian words, no capitals
    (
        "ru",
        "Казыбек",
        [],
        [
            (
                0,
                [],
                "казыбек, {{11 янв}}, мектептин спорт залы. сыртта -25, бала аз келет деп ойлогом, 10 келди",
            ),
            (1, [], "көнүгүү {{эркектин кутусу}}: акча, күч, «аялын тыят», жаңысы «ичпейт»"),
            (
                2,
                ["quote"],
                "[[first:нурбек]]: «эркек үйдө тамак жасабайт». [[nick:карга]]: «мен жасайм, апам ооруп жатат»",
            ),
            (
                3,
                ["insight"],
                "[[first:темирландын|темирлан]] апасы ооруканада, [[first:урмат]] агасы дагы эле ичет. кабатырмын",
            ),
            (4, [], "{{манас}} жана {{каныкей}}: ким акылдуу болгон? баары {{каныкей}} деди"),
            (
                5,
                ["quote"],
                "[[first:мирлан]] (жаңы бала, орусча сүйлөйт): «менин чоң апам да {{каныкейдей}} эле»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:темирлан]] үчүн соцпедагог [[name:чолпон садыковна|чолпон]], тел [[phone:0 (3522) 5-61-30]]",
            ),
            (7, ["follow-up"], "[[first:мирлан]] [[dob:2009-ж. 3-май]], тел [[phone:0770 48 15 92]]"),
            (
                8,
                ["referral"],
                "[[first:урматка|урмат]] эч нерсе бере албадым, ал келбейт. [[first:темирланга|темирлан]] {{111}} берилди",
            ),
        ],
    ),
    (
        "ru",
        "Минг-Булак",
        [],
        [
            (0, [], "минг-булак, {{18 янв}}, 11 бала. жол жабык болду, 40 мүн кечиктик"),
            (
                1,
                ["quote"],
                "ватсаптан:\n[[first:бакыт]]: эже жол ачылдыбы\n[[first:эльдияр]]: биз мектепте отурабыз\n[[first:адилет]]: келе жатам 🏃",
            ),
            (2, [], "көнүгүү {{бир кадам алга}}, кыздардын ролдору артта калды, балдар таң калышты"),
            (3, ["quote"], "[[first:эльдияр]]: «эже, кыз болсом 5 кадам артта калмакмын». туура"),
            (
                4,
                ["insight"],
                "[[first:эльдиярдын|эльдияр]] эжеси [[first:жылдыз]] бишкекте окуйт, атасы акча бербейт, «кыз окуп эмне кылат» деп",
            ),
            (5, [], "{{айтматовдун}} «{{ак кеме}}» повести: {{момун}} чал ким? бала кимге ишенет"),
            (
                6,
                ["follow-up"],
                "[[first:адилет]] бишкекке документ тапшырат, эжеке [[name:жылдыз токторовна|жылдыз]] мүнөздөмө жазат. [[first:адилеттин|адилет]] тел [[phone:0 (555) 27-63-04]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:бакыт]] жашайт [[address:айылдын аягында, көпүрөнүн жанындагы кызыл чатырлуу үй, короодо эки жылкы]]",
            ),
            (
                8,
                ["referral"],
                "[[first:жылдызга|жылдыз]] бишкектеги кризистик борбор «{{сезим}}», [[first:эльдияр]] жеткирет",
            ),
        ],
    ),
]
