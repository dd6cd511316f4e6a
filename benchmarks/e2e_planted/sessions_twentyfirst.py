# Synthetic facilitator notes for the e2e anonymization check.
# All people, numbers, addresses, accounts are INVENTED.
SESSIONS = [
    # ---------------- en (13) ----------------
    # Nukus (Karakalpakstan) school teacher: tidy English for the donor report, Karakalpak/Uzbek words in quotes
    (
        "en",
        "Nukus",
        [],
        [
            (
                0,
                [],
                "Session at school No. 14 library, 11 pupils (10th-11th grade). Translated into Karakalpak where needed.",
            ),
            (
                2,
                ["quote"],
                "[[first:Azizbek]] said: 'In our house my father decides, my mother only says «xop boladi».'",
            ),
            (
                3,
                ["insight"],
                "[[first:Azizbek]]'s classmate [[name:Dauletbay Seytmuratov|Seytmuratov]] disagreed: his mother runs the shop and the family lives on it.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Professor]] (that is what the class calls [[first:Dauletbay]]) asked if {{Berdaq}} wrote about women. I did not know. Check.",
            ),
            (
                6,
                [],
                "Exercise {{Act Like a Man box}} went well, they filled the box with 'strong, no tears, pays for everything'.",
            ),
            (
                8,
                ["follow-up"],
                "Mother of [[first:Azizbek]] wants to talk to me. Her number [[phone:+998 61 222 47 19]] (home).",
            ),
            (8, [], "Director agreed to give the library every second Thursday until May."),
            (
                9,
                ["referral"],
                "Gave the class the women's hotline {{1146}} and the number of the mahalla consultant.",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Azizbek Tajimuratov|Tajimuratov]], born [[dob:14.02.2008]], lives [[address:Nukus, Tatibaev street 41, flat 9]]. Need parent consent form before next session.",
            ),
        ],
    ),
    (
        "en",
        "Khojeyli",
        [],
        [
            (0, [], "Khojeyli college, 9 boys + 2 young teachers. Cold room, the heater did not work."),
            (
                1,
                [],
                "Warm-up 'name and a gesture'. [[first:Ilyas]] came late, he lives in [[address:the last house of Kattagar village, behind the old cotton gin]] and the bus was late.",
            ),
            (
                3,
                ["quote"],
                "[[first:Ilyas]]: 'When a boy cries, my uncle says «qız bala sıyaqlı» (like a girl).' Many laughed, then silence.",
            ),
            (
                4,
                ["insight"],
                "[[surname:Orazbaev]] later said his older brother went to Kazakhstan for work and the wife stays with the parents, she works more than anyone.",
            ),
            (
                6,
                ["resistance"],
                "One boy, [[nick:Bolt]] (he runs fast, real name [[first:Sardor]]), said the law is written by {{Tashkent}} people and does not fit the village.",
            ),
            (
                7,
                [],
                "Read two articles from the {{Law on protection of women from harassment and violence}} (2019). They did not know it exists.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Sardor]] asked about work in Kazakhstan, I said I will ask. His telegram [[handle:@bolt_sardor07]].",
            ),
            (
                10,
                ["referral"],
                "Teacher [[name:Gulshirin Abdimuratova|Abdimuratova]] told me privately that his sister was married at 17. Gave her {{1146}} and the contact of the regional women's committee.",
            ),
            (
                11,
                [],
                "Next time: bring the video and the {{UNFPA}} posters, ask the director for the assembly hall.",
            ),
        ],
    ),
    (
        "en",
        "Chimbay",
        [],
        [
            (1, [], "Only 7 came, cotton harvest. Group in the mahalla centre, the rais gave us the room."),
            (2, ["quote"], "[[first:Quvonchbek]]: 'A man who does not send money home is not a man.'"),
            (
                4,
                ["insight"],
                "[[first:Quvonchbek]] told about his father who works in Russia 9 years, they see him once a year. 'Mother is the father now.'",
            ),
            (
                5,
                [],
                "Exercise {{Power walk}} - the boys were surprised that the girl characters stayed at the back.",
            ),
            (
                6,
                ["quote"],
                "[[nick:Kapitan]] (football team captain, [[name:Ravshan Yusupov|Yusupov]]): 'My sister wants to study in {{Nukus}}, father said no, who will marry her then.'",
            ),
            (
                8,
                ["referral"],
                "[[first:Ravshan]] asked what he can do for the sister. Told about the university quota and the youth union. Her name is [[first:Dilfuza]], 11th grade.",
            ),
            (
                9,
                ["follow-up"],
                "Mother: [[phone:+998 93 716 55 08]]. Father drives the Chimbay-Nukus taxi, white Nexia [[plate:95 A 417 BA]].",
            ),
            (
                10,
                [],
                "His aunt is [[desc:the only woman tractor driver in Chimbay district]], he is proud. Maybe invite her as a guest?",
            ),
        ],
    ),
    (
        "en",
        "Kungrad",
        [],
        [
            (
                0,
                [],
                "Kungrad railway college. 12 boys. Good energy, big {{Alisher Navoiy}} portrait in the hall, boys joked he is watching us.",
            ),
            (
                2,
                ["quote"],
                "Copied from the class chat, [[handle:@jaxa_kng]] wrote: «erkak kishi uyda idish yuvmaydi» (a man does not wash dishes at home)",
            ),
            (
                3,
                ["insight"],
                "The same boy, [[first:Jahongir]], in the circle said he washes dishes every day because his mother is sick. He did not want the others to know.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Temur]] and his friend [[nick:Qoravoy]] laughed during the whole {{gender box}} part. I separated them.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Jahongir]] - mother has diabetes, no money for insulin. Ask social worker. Address [[address:Kungrad, Mustaqillik 3-uy, 12-xonadon]].",
            ),
            (
                7,
                ["insight"],
                "Pair work: three boys said they will tell their fathers about today. One said he will not, 'he will laugh'.",
            ),
            (
                8,
                ["quote"],
                "[[first:Temur]]: 'My father says {{Amir Temur}} had many wives, so it is our tradition.' Good discussion after.",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Temur Allaberganov|Allaberganov]] wants to be peer facilitator. Email [[email:temur.allaberganov@mail.ru]], DOB [[dob:2006-11-03]].",
            ),
        ],
    ),
    (
        "en",
        "Muynak",
        [],
        [
            (
                1,
                [],
                "Muynak, 8 young men, most work at the fish factory or wait for work in Kazakhstan. Met at the culture house.",
            ),
            (
                2,
                [],
                "Intro about the {{Aral Sea}} - they talked more about the sea than about gender, I let them.",
            ),
            (
                3,
                ["quote"],
                "[[first:Bakhtiyar]]: 'Half of the wives work in Kazakhstan and the men sit at home.'",
            ),
            (
                4,
                ["insight"],
                "[[first:Bakhtiyar]] admitted he cooks and looks after his two kids while his wife works in {{Almaty}}, and he is ashamed to say it at the choyxona.",
            ),
            (5, [], "Tea break. Someone brought dried fish, the room smelled of it until the end."),
            (
                6,
                ["quote"],
                "[[nick:Baliqchi]] (the fisherman, [[name:Erpolat Kalliev|Kalliev]]): 'A real man feeds his family. I cannot, so what am I?'",
            ),
            (
                7,
                ["referral"],
                "[[first:Erpolat]] sounds depressed, drinks. Gave him the youth trust line and told the mahalla nurse.",
            ),
            (
                9,
                ["follow-up"],
                "He wants help with the migration registration, passport [[passport:AC 2718346]], phone [[phone:+998 97 354 12 80]].",
            ),
            (
                10,
                [],
                "Idea: invite [[desc:the old captain who lives in the caravan by the ship cemetery]]? No, too identifying, just a note for me.",
            ),
        ],
    ),
    (
        "en",
        "Nukus",
        [],
        [
            (0, [], "Second session with school No. 14. Same class + 3 new."),
            (
                2,
                ["quote"],
                "[[nick:Professor]] again: 'My grandmother says {{Berdaq}} wrote that a woman is the light of the home. So she must stay in the home?'",
            ),
            (
                3,
                ["insight"],
                "[[first:Dauletbay]] brought a poem of {{Ibrayim Yusupov}} about his mother, read it in Karakalpak. Very quiet in the room.",
            ),
            (
                5,
                ["resistance"],
                "New boy [[first:Mirzabek]] from [[address:the blue house next to the mosque at the Nukus bus station]] said that this training is 'western propaganda'.",
            ),
            (
                6,
                [],
                "Discussed {{International Women's Day}}: boys give flowers on 8 March and then the girls wash the dishes after the party.",
            ),
            (
                8,
                ["follow-up"],
                "Parent message, copied: «Ассалому алайкум, мен [[name:Мирзабек Каримов|Каримов]]нинг онасиман, ўғлим бу машғулотга бошқа бормайди». Phone [[phone:+998 90 701 33 48]].",
            ),
            (
                9,
                ["follow-up"],
                "Talk to his class teacher [[name:Aygul Tleumuratova|Tleumuratova]], her email [[email:a.tleumuratova@nukus14.uz]].",
            ),
            (10, [], "Next: {{Navruz}} session with parents maybe."),
        ],
    ),
    # Khujand university volunteer: lowercase, 'lol', 'tbh', Tajik Cyrillic lines, copied Telegram messages
    (
        "en",
        "Khujand",
        [],
        [
            (
                0,
                [],
                "khujand state uni, room 214, 13 guys mostly 2nd yr. started 15:10 bc the room was taken lol",
            ),
            (1, [], "icebreaker ok. two guys translated for the uzbek guys"),
            (
                3,
                ["quote"],
                "[[first:firuz]]: «зан бояд дар хона бошад» (a woman must be at home) then: 'but my mom is a doctor so idk'",
            ),
            (
                4,
                ["insight"],
                "[[first:umed]] said his dad went to russia when he was 6 and his mom did everything, 'she is the man of our house' - ppl clapped",
            ),
            (
                6,
                ["resistance"],
                "guy everyone calls [[nick:Shaytan]] ([[name:Behruz Nazarov|Nazarov]]) kept saying this is all from {{Europe}}, refused to do the box",
            ),
            (
                8,
                ["follow-up"],
                "he wrote me after in tg: «бародар, мебахшед, ман ҳамту гуфтам» lol. handle [[handle:@behruz_nz]]",
            ),
            (
                9,
                ["referral"],
                "[[first:umed]] asked about his cousin (17) whose parents want to marry her off. told him about the {{Law on Prevention of Violence in the Family}} + the women's resource centre",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Umed Rahimov|Rahimov]] wa [[phone:+992 92 771 40 36]]. dob [[dob:09.09.2004]]",
            ),
        ],
    ),
    (
        "en",
        "Istaravshan",
        [],
        [
            (
                0,
                [],
                "istaravshan, youth centre near the bazaar. 10 guys + 1 guy's little brother who just sat there",
            ),
            (
                2,
                ["quote"],
                "[[first:Sino]]: 'in istaravshan a man who lets his wife work at the bazaar is a joke'",
            ),
            (3, [], "did {{Act Like a Man box}} in tajik: «қуттии мард». they wrote: пул, қувват, намегиряд"),
            (4, [], "break 10 min, the little brother fell asleep lol"),
            (
                5,
                ["insight"],
                "[[first:sino]] said his uncle, [[desc:the knife master with the shop at the entrance of the old bazaar]], beats his aunt, whole street knows, nobody says anything",
            ),
            (5, ["referral"], "gave him the number of {{Gulrukhsor}} crisis centre in khujand"),
            (
                7,
                ["resistance"],
                "[[nick:Tyson]] (boxer, [[first:Rustam]]) said 'if a woman talks back she gets a slap, thats how my grandpa did it'. the others didnt back him tbh",
            ),
            (
                9,
                ["follow-up"],
                "[[first:rustam]] stayed after, said he hit his girlfriend once and regrets it. wants to talk more. [[phone:93 505 18 27]] (only whatsapp)",
            ),
            (
                10,
                [],
                "he trains at [[address:the yellow garage gym behind the Mug Teppa fortress]], can find him there",
            ),
        ],
    ),
    (
        "en",
        "Buston",
        [],
        [
            (1, [], "buston (ex chkalovsk), group at the mining college, 9 guys, all russian-speaking"),
            (
                2,
                ["quote"],
                "[[name:Artyom Vasilenko|Vasilenko]]: «у нас в семье отец готовит, мама на смене» - ppl surprised",
            ),
            (
                3,
                ["insight"],
                "[[first:artyom]]'s mom is [[desc:the only woman crane operator at the Buston plant]]. he talked about her like about a hero",
            ),
            (
                5,
                ["quote"],
                "[[nick:Chipa]] ([[first:Daler]], tiny guy lol): 'girls only like guys with money and a car'",
            ),
            (
                6,
                [],
                "role play 'dinner table' - [[first:daler]] played the mother and went too far, everyone laughed but then he said 'this is actually my mom'",
            ),
            (8, ["follow-up"], "wants the handouts in russian. email [[email:daler.chipa2005@gmail.com]]"),
            (
                9,
                ["follow-up"],
                "from his student card for the certificate: [[name:Daler Mirzoev|Mirzoev]], passport [[passport:A 09482177]]",
            ),
            (10, [], "next time play the {{Malala}} clip, they asked who she is"),
        ],
    ),
    (
        "en",
        "Guliston",
        [],
        [
            (0, [], "guliston (kayrakkum), boys from the fish farm + school leavers, 11"),
            (
                2,
                ["quote"],
                "[[first:Shahrom]]: «духтар хонда чӣ кор мекунад, баъд шавҳар мекунад» (what is the point of a girl studying, she will marry anyway)",
            ),
            (
                3,
                ["resistance"],
                "[[first:shahrom]] and [[first:Mehrubon]] argued, the second one has 3 sisters at uni in {{Dushanbe}}",
            ),
            (
                4,
                ["insight"],
                "[[nick:Bobo]] (they call him grandpa bc he talks like one, real name [[first:Alisher]]) said the old men of the mahalla decide who marries who. nobody asks the girl",
            ),
            (6, [], "{{Rudaki}} quote on the slide: ppl liked it more than my words lol"),
            (
                8,
                ["follow-up"],
                "[[first:mehrubon]] wants to volunteer with us. tg [[link:t.me/mehrubon_kairakkum]], number [[phone:+992 (92) 811-06-44]]",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Mehrubon Sharifov|Sharifov]] lives [[address:Guliston, 3rd microdistrict, bld 7, apt 21]] - send certificate there",
            ),
            (11, [], "the lake was beautiful on the way back"),
        ],
    ),
    (
        "en",
        "Isfara",
        [],
        [
            (1, [], "isfara, 8 guys, 2 from vorukh. tense at first, border topic, {{Batken}} is right there"),
            (
                2,
                ["quote"],
                "[[first:Jamshed]]: 'my sister married a kyrgyz guy and my dad doesnt talk to her 3 yrs'",
            ),
            (
                4,
                ["insight"],
                "[[first:jamshed]] said he secretly sends her money from his job. nobody knows, not even mom",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Limon]] ([[name:Farhod Saidov|Saidov]], sells lemons at his dad's stall lol) said men and women are just different and the {{Quran}} says so. respectful talk, didnt push",
            ),
            (
                7,
                ["quote"],
                "copied from the group chat after: «[[first:Farhod]]: акаи, ман фикр кардам, шояд ту рост мегӯӣ»",
            ),
            (
                8,
                ["follow-up"],
                "he wants to talk about his sister privately. [[phone:+992 90 044 72 19]], bday [[dob:23 Jan 2003]]",
            ),
            (9, [], "food: plov from the college canteen, guys stayed 40 min after the end lol"),
            (
                10,
                [],
                "next time ask [[desc:the only woman teacher at the Vorukh boys' school]] to co-facilitate?",
            ),
        ],
    ),
    (
        "en",
        "Khujand",
        [],
        [
            (0, [], "khujand again, youth centre on the {{Panjshanbe}} bazaar side, 12 guys"),
            (2, ["quote"], "[[first:Sherali]]: 'my wife will not work, I will earn, thats respect'"),
            (
                3,
                ["insight"],
                "[[first:sherali]] later: his mom sells bread at the bazaar and he is 'a bit ashamed' - then said sorry mom",
            ),
            (
                5,
                ["referral"],
                "[[nick:Kolya]] ([[name:Nikolai Pak|Pak]], korean guy from khujand) told about his neighbour beating his wife. gave the {{Gulrukhsor}} number again",
            ),
            (
                7,
                ["follow-up"],
                "[[first:nikolai]] tg [[handle:@kolyapak_khj]], email [[email:nikolai.pak.98@mail.ru]]",
            ),
            (
                8,
                [],
                "neighbour lives [[address:20 mkr, house 14, the flat above the pharmacy]] - he asked me not to write it down, erase later",
            ),
            (
                10,
                ["follow-up"],
                "travel refund to [[first:Sherali]], korti milli [[card:9762 0031 4478 2051]]",
            ),
            (11, [], "{{Kamoli Khujandi}} poem in the closing, they knew it by heart, I didnt lol"),
        ],
    ),
    (
        "en",
        "Panjakent",
        [],
        [
            (1, [], "panjakent, 7 guys, trip was 5 hrs lol. room at the district youth committee"),
            (
                2,
                ["quote"],
                "[[first:Farrukh]]: 'men from here all go to russia, the village is women and old men'",
            ),
            (
                4,
                ["insight"],
                "[[first:farrukh]] said his mom and his sister-in-law run the whole farm and his brother only sends money 'when he remembers'",
            ),
            (
                5,
                ["quote"],
                "[[nick:Sultan]] (the only guy with a car, [[name:Sultonali Odinaev|Odinaev]]): 'if my wife goes to work in russia, people will say I cant feed her'",
            ),
            (7, ["follow-up"], "his car for the pickup next time: [[plate:0417 AB 05]] (grey cobalt)"),
            (
                8,
                ["follow-up"],
                "[[first:farrukh]]: [[phone:+992 93 220 17 85]], lives [[address:the house with the green gate behind the museum of ancient Penjikent]]",
            ),
            (10, [], "they asked about {{Sarazm}}, we talked history 20 min lol, good bonding"),
            (11, [], "back in khujand 22:30, driver asked for 50 somoni extra, paid"),
        ],
    ),
    # ---------------- ru (17) ----------------
    # Osh bazaar youth worker: lowercase Russian, Kyrgyz and Uzbek (Latin and Cyrillic) lines, WhatsApp copies
    (
        "ru",
        "Ош",
        [],
        [
            (0, [], "ош, молодёжка у {{Жайма}} базара, 14 пацанов, половина грузчики с базара. начали 16:40"),
            (1, [], "разминка. половина с одного ряда, шмотки таскают"),
            (
                2,
                [],
                "упражнение с мячом — кто поймал, говорит одно слово «мужчина это...». чаще всего «деньги»",
            ),
            (
                3,
                ["quote"],
                "[[first:бакыт]]: «аял киши үйдө отурушу керек, базарда эмес» — а у самого мама на базаре 20 лет стоит",
            ),
            (
                4,
                ["insight"],
                "[[first:жахонгир]] сказал: «onam bozorda, otam Rossiyada» и что мама главная в доме, все закивали",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Кабан]] ([[name:Эрлан Ташиев|Ташиев]]), здоровый такой, сказал что это всё «гейская тема». остальные его сами заткнули",
            ),
            (8, ["follow-up"], "потом подошёл, извинился. ватсап [[phone:0772 41 88 05]]"),
            (
                9,
                ["referral"],
                "у [[first:жахонгира|жахонгир]] сестру 16 лет хотят выдать. дал {{111}} и сказал про {{Уголовный кодекс}}, он испугался за отца",
            ),
            (
                10,
                ["follow-up"],
                "[[name:Жахонгир Абдуллаев|Абдуллаев]], [[dob:05.07.2007]], живёт [[address:ул. Курманжан Датки 212, кв 4]] — оформить на летний лагерь",
            ),
        ],
    ),
    (
        "ru",
        "Кара-Суу",
        [],
        [
            (0, [], "кара-суу, 9 ребят, в чайхане у моста, хозяин дал бесплатно"),
            (
                2,
                ["quote"],
                "скопировал из вотсапа группы:\n[19:12, 14.03] [[first:Ойбек]]: erkak kishi pul topadi, ayol uy tutadi. tamom\n[19:13, 14.03] [[first:Азиз]]: брат ты прав",
            ),
            (
                3,
                ["insight"],
                "а вживую [[first:ойбек]] рассказал что папа болеет 2 года и мама одна тянет всех, и он «не знает как ей помочь»",
            ),
            (
                5,
                [],
                "упражнение {{Коробка «Будь мужиком»}} - написали: деньги, машина, не плакать, жена слушается",
            ),
            (6, ["resistance"], "[[first:азиз]] ушёл на 20 мин — «на намаз», вернулся норм"),
            (8, ["follow-up"], "хочет работу водителем, права есть. машина дяди [[plate:06 KG 415 AKB]]"),
            (
                9,
                ["follow-up"],
                "[[name:Ойбек Юлдашев|Юлдашев]] тел [[phone:+996 (779) 30-15-62]], мама [[phone:0552 118 907]]",
            ),
            (10, [], "в след раз чай свой, хозяин намекнул. {{umid}} bor, как тут говорят"),
        ],
    ),
    (
        "ru",
        "Араван",
        [],
        [
            (1, [], "араван, школа им. {{Бабура}}, 11 парней 10-11 класс"),
            (
                3,
                ["quote"],
                "[[first:Элдор]]: «мен уйлансам, хотиним ишламайди» — узбекча, кириллицей на листке написал",
            ),
            (
                4,
                ["insight"],
                "у [[first:элдора|элдор]] сестра учится в {{Бишкеке}} на врача, и он гордится. сам себе противоречит, сам заметил",
            ),
            (
                6,
                ["quote"],
                "[[nick:Профессор]] — так зовут [[first:Нурбека|Нурбек]] за очки: «бул нерселердин баары батыштан келген»",
            ),
            (
                7,
                ["resistance"],
                "[[first:нурбек]] не верит что за ала качуу реально сажают. показал статью в {{Уголовном кодексе КР}}",
            ),
            (
                8,
                ["insight"],
                "в конце кругом: «что возьмёшь с собой?» — трое сказали «буду помогать маме», один сказал «не знаю, брат»",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Элдор]] - инста [[link:instagram.com/eldor_aravan]], почта [[email:eldor.karimov07@gmail.com]]",
            ),
            (
                10,
                [],
                "мама одного из ребят — [[desc:единственная женщина-фермер в Араване, с теплицами у трассы]], позвать рассказать?",
            ),
        ],
    ),
    (
        "ru",
        "Узген",
        [],
        [
            (0, [], "узген, 8 человек, свет выключили на час, работали у окна"),
            (
                2,
                ["quote"],
                "[[first:Мирлан]]: «кыз бала окуса да баары бир келин болот» - девочка учится а всё равно невестка будет",
            ),
            (
                3,
                ["insight"],
                "его друг [[nick:Пахтакор]] (фанат футбола, настоящее [[first:Улугбек]]) сказал что его мама инженер и это нормально. [[first:мирлан]] замолчал",
            ),
            (5, [], "{{Шаг вперёд}} - лучшее упражнение сегодня, парни реально увидели кто сзади остался"),
            (
                7,
                ["referral"],
                "после занятия [[first:улугбек]] рассказал что отчим бьёт маму. дал {{111}}, он против милиции. не давил",
            ),
            (
                8,
                ["follow-up"],
                "[[name:Улугбек Турсунов|Турсунов]] — [[phone:+996 553 07 42 19]], живут [[address:за старым минаретом, третий дом с синими воротами]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:мирлан]] для сертификата: ID [[passport:ID 2215037]], ПИН [[iin:20308200650117]]",
            ),
            (10, [], "свет дали в 17:50, закончили при лампе. батарейки для колонки купить"),
        ],
    ),
    (
        "ru",
        "Ноокат",
        [],
        [
            (1, [], "ноокат, 10 парней, мечеть рядом, имам сам зашёл посмотреть - норм"),
            (
                2,
                ["quote"],
                "[[first:Абдулазиз]]: «хотин-қиз эркакдан кейин» — и тут же «но мама у нас главная» лол",
            ),
            (3, [], "разогрев: кто настоящий батыр? все сказали {{Манас}}, потом спорили полчаса"),
            (4, ["insight"], "имам сказал что пророк сам чинил одежду и помогал дома. парни прям слушали"),
            (
                5,
                ["resistance"],
                "[[nick:Бульдозер]] ([[first:Азамат]]) всё время в телефоне, снимал сторис. попросил удалить",
            ),
            (6, [], "сторис лежит на [[link:tiktok.com/@buldozer_nookat]] - проверить что удалил"),
            (
                8,
                ["follow-up"],
                "[[first:абдулазиз]] хочет в волонтёры. тел [[phone:0700 88 14 36]], отец [[name:Рахматилла Мамадалиев|Мамадалиев]] — [[desc:единственный ветеринар в селе Кара-Таш]]",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Азамату|Азамат]] скинуть 200 сом на проезд, элкарт [[card:9417 0100 2284 6613]]",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        [],
        [
            (0, [], "жалал-абад, колледж, 13 человек, жарко"),
            (2, ["quote"], "[[first:Нурислам]]: «мой брат украл жену, и она счастлива, значит нормально»"),
            (3, ["resistance"], "про ала качуу спорили больше часа. двое чуть не подрались"),
            (
                4,
                ["insight"],
                "[[first:тилек]]: его тётю украли в 16, она потом повесилась. тишина. я остановил упражнение",
            ),
            (
                4,
                ["referral"],
                "дал всем {{111}} и номер психолога колледжа [[name:Айзада Жумалиева|Жумалиева]] [[phone:0557 22 19 40]]",
            ),
            (
                7,
                ["follow-up"],
                "[[first:тилеку|тилек]] перезвонить завтра, он не в порядке. [[phone:+996 707 513 284]]",
            ),
            (8, [], "[[first:Тилек]] просил не писать фамилию. не пишу"),
            (10, [], "в конце {{Айтматов}}, «{{Материнское поле}}», отрывок про мать - зашло"),
        ],
    ),
    (
        "ru",
        "Ош",
        [],
        [
            (0, [], "ош, опять базар, 12 парней, 4 новых"),
            (1, [], "[[nick:Кабан]] пришёл второй раз! привёл [[nick:Малого|Малой]]"),
            (
                3,
                ["quote"],
                "[[nick:малой]] (15 лет, [[first:Исмаил]]): «я бы не хотел жениться как папа, он маму не уважает»",
            ),
            (
                4,
                ["insight"],
                "[[first:эрлан]] сказал что после прошлого раза помыл посуду дома и мама заплакала. поржали, но по-доброму",
            ),
            (6, [], "говорили про {{Курманжан Датка}} — женщина правила алаем, парни не знали подробностей"),
            (
                8,
                ["referral"],
                "[[first:исмаил]] работает на базаре вместо школы, 15 лет. сообщить в {{ОПС}}? сначала поговорить с мамой",
            ),
            (
                9,
                ["follow-up"],
                "мама торгует [[desc:в 3-м ряду сухофруктов, единственная с татуировкой на руке]] — номер [[phone:0555 40 91 73]]",
            ),
            (9, [], "закончили 18:10, охранник базара торопил, надо раньше начинать"),
            (10, ["follow-up"], "[[name:Исмаил Рахимов|Рахимов]] [[dob:12.11.2010]]"),
        ],
    ),
    # Naryn village librarian: full sentences with capitals, «», Kyrgyz quotes, "Тел.", formal dates
    (
        "ru",
        "Нарын",
        [],
        [
            (
                0,
                [],
                "Районная библиотека, читальный зал. Пришли 9 юношей, в основном из колледжа. Начали в 14:00.",
            ),
            (
                2,
                ["quote"],
                "[[name:Бекболот Сатыбалдиев|Сатыбалдиев]] сказал: «Эркек киши ашканага кирбейт» (мужчина на кухню не заходит). Другие засмеялись.",
            ),
            (
                3,
                ["insight"],
                "Позже [[first:Бекболот]] признался, что сам печёт боорсоки, когда мама на ферме. Его так и зовут — [[nick:Боорсок]], и ему не обидно.",
            ),
            (
                5,
                [],
                "Читали отрывок из «{{Джамили}}» {{Айтматова}}. Спорили, правильно ли поступила {{Джамиля}}.",
            ),
            (
                6,
                ["insight"],
                "Один юноша сказал: «Если бы я был {{Данияром}} из повести, я бы тоже её увёз». Хорошее обсуждение о выборе женщины.",
            ),
            (
                7,
                ["resistance"],
                "[[first:Кубаныч]] ушёл раньше, сказал, что отец не разрешает «эти разговоры».",
            ),
            (
                9,
                ["follow-up"],
                "Мама [[first:Кубаныча|Кубаныч]] — [[desc:единственная акушерка в селе Эки-Нарын]]. Поговорить с ней лично, она поддерживает.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Бекболот]] хочет вести кружок. Тел. [[phone:0702 613 044]]. Дата рождения [[dob:28 марта 2005 г.]]",
            ),
        ],
    ),
    (
        "ru",
        "Ат-Башы",
        [],
        [
            (0, [], "Ат-Башы, школьная библиотека. 7 юношей и учитель физкультуры."),
            (2, ["quote"], "[[first:Алмаз]]: «Кыз ала качуу — бул салт, чоң атам да ошондой үйлөнгөн»."),
            (
                3,
                ["resistance"],
                "Учитель физкультуры [[surname:Мамытов]] поддержал [[first:Алмаза|Алмаз]], пришлось мягко возразить. Показала {{Закон «Об охране и защите от семейного насилия»}}.",
            ),
            (
                4,
                ["insight"],
                "[[first:Эмил]] тихо сказал, что его маму тоже украли, и она до сих пор плачет на праздниках. Все замолчали.",
            ),
            (6, [], "Упражнение «{{Кто в доме хозяин}}» прошло хорошо, мальчики рисовали свои семьи."),
            (
                8,
                ["follow-up"],
                "Мальчик живёт [[address:с. Ат-Башы, ул. Арпа 17]], у бабушки. Тел. бабушки [[phone:0 (3534) 2-19-05]].",
            ),
            (
                9,
                ["referral"],
                "Сообщила об [[first:Эмиле|Эмил]] школьному социальному педагогу. Номер {{111}} дала всем.",
            ),
            (
                10,
                [],
                "Перевал закрыли, ночевала у [[desc:единственной в селе женщины-водителя скорой помощи]].",
            ),
        ],
    ),
    (
        "ru",
        "Кочкор",
        [],
        [
            (1, [], "Кочкор, Дом культуры. 11 человек, трое из Талаа-Булака, приехали на попутке."),
            (2, ["quote"], "[[first:Нурсултан]] (ему 17): «Мен аялымды иштетпейм. Мен тапкан акча жетет»."),
            (
                3,
                ["insight"],
                "Потом он сам сказал, что его мама работает в {{Москве}} уже шесть лет и всё оплачивает. Призадумался.",
            ),
            (5, [], "Читали стихи {{Алыкул Осмонов}}а. Ребята знают наизусть, приятно."),
            (
                6,
                ["quote"],
                "[[nick:Шеф]] ([[first:Мелис]], работает [[desc:поваром в кафе у автостанции Кочкора]]): «На работе готовлю, а дома нельзя — засмеют».",
            ),
            (
                8,
                ["follow-up"],
                "Просит книги по психологии. Записала: [[name:Мелис Джумабеков|Джумабеков]], [[email:melis.jumabekov@mail.ru]].",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Нурсултан]] — тел. [[phone:+996 (555) 73-20-18]], [[dob:2008-01-15]]. Нужно согласие родителей, ему нет 18.",
            ),
            (10, [], "Коллега из районной библиотеки хочет провести такое же занятие для девушек."),
        ],
    ),
    (
        "ru",
        "Эмгекчил",
        [],
        [
            (
                0,
                [],
                "Село Эмгекчил, сельская библиотека (моя родная). 6 юношей, все чабаны или помогают на жайлоо.",
            ),
            (2, ["quote"], "[[first:Талант]]: «Аял эркекке баш ийиш керек»."),
            (
                3,
                ["insight"],
                "Отец [[first:Таланта|Талант]] уехал в Казахстан и не вернулся, мама одна держит сорок овец.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Чабан]] ([[name:Эрмек Токтосунов|Токтосунов]]) сказал: «Библиотека — не место для мужиков».",
            ),
            (
                7,
                [],
                "Ребята сказали, что у него настоящий {{талант}} к рисованию: нарисовал «идеального мужчину» с ребёнком на руках.",
            ),
            (7, [], "Чай с каймаком у соседки после занятия. Дорога до Нарына 3 часа, грязь."),
            (
                8,
                ["follow-up"],
                "[[first:Эрмек]] просит справку для военкомата. Его паспорт [[passport:AN 4471902]].",
            ),
            (
                9,
                ["follow-up"],
                "Дом [[first:Таланта|Талант]] — [[address:последний дом у моста через Кёкёмерен, с красной крышей]]. Телефона нет, только у соседки [[phone:0779 505 622]].",
            ),
        ],
    ),
    (
        "ru",
        "Баетов",
        [],
        [
            (0, [], "Баетов, библиотека при айыл окмоту. 8 юношей, двое из Ак-Талы."),
            (2, ["quote"], "[[first:Айбек]]: «Мужчина должен быть как {{Манас}} — сильный, без слёз»."),
            (
                3,
                ["insight"],
                "Вспомнили, что {{Манас}} плакал, когда погиб {{Алмамбет}}. Парень удивился, не знал.",
            ),
            (
                5,
                ["quote"],
                "[[nick:Кызыл]] (рыжий, [[first:Данияр]]): «Я бы женился на девушке-враче, пусть работает, я буду гордиться».",
            ),
            (
                7,
                ["referral"],
                "После занятия: сосед бьёт жену, дети соседа ночуют у [[first:Данияра|Данияр]]. Дала {{111}}, сообщила в районный ОПС.",
            ),
            (
                8,
                ["follow-up"],
                "Соседи: [[address:ул. Ленина 45, напротив ветеринарной аптеки]]. Фамилия соседа [[surname:Осмоналиев]].",
            ),
            (
                8,
                [],
                "В следующий раз взять больше бумаги и маркеров. Юноши просили прийти ещё до конца месяца.",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Данияр Бакиров|Бакиров]], тел. [[phone:0 550 33 71 26]], WhatsApp тот же.",
            ),
        ],
    ),
    (
        "ru",
        "Нарын",
        [],
        [
            (0, [], "Нарын, второе занятие в библиотеке. 10 юношей, пятеро новых."),
            (0, [], "Повторили правила группы. Телефоны положили в коробку, все согласились."),
            (1, [], "[[nick:Боорсок]] принёс боорсоки для всех. Очень трогательно."),
            (
                3,
                ["quote"],
                "Новый участник [[name:Азиз Абдыкеримов|Абдыкеримов]]: «Жена должна спрашивать разрешения, чтобы пойти к подруге».",
            ),
            (
                4,
                ["resistance"],
                "[[first:Азиз]] стоял на своём, сказал, что так в {{Коране}}. Не спорила напрямую, спросила группу.",
            ),
            (6, [], "Смотрели ролик {{ЮНИСЕФ}} о раннем браке. Двое плакали."),
            (
                8,
                ["follow-up"],
                "Подошёл после занятия: его сестре 17, сосватали. Его тел. [[phone:+996 702 55 19 83]].",
            ),
            (
                9,
                ["referral"],
                "Передала информацию в {{ОПС}}, связалась с социальным педагогом [[name:Чолпон Асанова|Асанова]]. Напомнила всем про {{Семейный кодекс}}: брак только с 18 лет.",
            ),
            (
                10,
                ["follow-up"],
                "Адрес семьи: [[address:г. Нарын, мкр. Молодёжный, д. 3, кв. 15]]. ПИН отца [[iin:21206197500389]] — для справки о малоимущих.",
            ),
        ],
    ),
    # Taldykorgan boxing/football coach: no punctuation, 'пацаны', times, Russian with Kazakh words
    (
        "ru",
        "Талдыкорган",
        [],
        [
            (0, [], "19:05 зал бокса 14 пацанов после треньки мокрые все ахах"),
            (1, [], "разминка норм [[nick:танк]] опять первый прибежал"),
            (2, ["quote"], "[[first:ерасыл]] сказал мужик не плачет даже на похоронах отца. пацаны закивали"),
            (
                3,
                ["insight"],
                "потом [[nick:танк]] ([[name:Тимур Сейдахметов|Сейдахметов]]) сказал что плакал когда {{Головкин}} проиграл {{Канело}} ахах все заржали но потом реально про отца заговорили",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Шмель]] с другом сказали что {{коробка мужика}} это бред ушли курить",
            ),
            (
                6,
                ["quote"],
                "вернулись. [[nick:шмель]]: «если баба больше меня зарабатывает я уйду» - [[first:ерасылу|ерасыл]] смешно стало у него мама начальница",
            ),
            (
                8,
                ["follow-up"],
                "на сборы в алматы ему нужны док-ты иин [[iin:070412551238]] др [[dob:12.04.07]]",
            ),
            (9, ["follow-up"], "папе [[nick:Шмеля|Шмель]] позвонить насчёт оплаты [[phone:8 701 555 43 18]]"),
            (10, [], "в след раз показать пацанам видос {{Жанибек Алимханулы}} про маму"),
        ],
    ),
    (
        "ru",
        "Текели",
        [],
        [
            (0, [], "текели футбол 11 пацанов 14-16 лет в раздевалке после игры"),
            (
                2,
                ["quote"],
                "[[first:Санжар]]: сестре нельзя в футбол она девочка. я говорю а женская сборная казахстана? он не знал",
            ),
            (3, ["insight"], "он потом сказал что сестра лучше него играет и он завидует ахах честно"),
            (4, ["resistance"], "[[nick:Кэп]] ([[first:Арман]]) всё время шутил про бабские разговоры"),
            (5, [], "перерыв 10 мин вода кончилась пацаны сбегали в магаз"),
            (
                6,
                ["quote"],
                "скрин из чата скинули: «[[nick:кэп]]: братан я вообще не против если жена работает главное борщ»",
            ),
            (
                8,
                ["referral"],
                "[[first:Санжар]] на ушко: отец пьёт бьёт маму. дал {{150}} и {{111}} и свой номер",
            ),
            (9, ["follow-up"], "мама у него [[desc:единственная женщина-сварщик на текелийском комбинате]]"),
            (
                10,
                ["follow-up"],
                "[[name:Санжар Абенов|Абенов]] [[phone:+7 (705) 204-61-77]] адрес [[address:ул. Пушкина 8 кв 31]]",
            ),
        ],
    ),
    (
        "ru",
        "Уштобе",
        [],
        [
            (
                1,
                [],
                "уштобе спортзал школы 9 ребят волейбол потом занятие 18:30. директор говорит вся {{надежда}} на этих пацанов",
            ),
            (2, ["quote"], "[[name:Виталий Ким|Ким]]: «у корейцев мужик главный так с дедов»"),
            (3, ["insight"], "[[nick:виталик]] потом: бабушка всю семью держит дед только ругается"),
            (5, [], "{{шаг вперёд}} сделали, [[first:Бекарыс]] удивился что девочки в ролях все сзади"),
            (
                6,
                ["quote"],
                "[[first:бекарыс]]: если жена работает а муж сидит с ребёнком его засмеют в ауле. а если нет? молчит",
            ),
            (
                7,
                ["resistance"],
                "[[nick:Профессор]] (очкарик [[first:Нурлыбек]]) сказал что это всё западное. сложный пацан",
            ),
            (
                9,
                ["follow-up"],
                "кто-то скинул видео с занятия в инсту [[link:instagram.com/bekarys_ushtobe]], попросил убрать лица",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:виталик]] на сборы - номер машины отца для пропуска [[plate:512 AVK 19]]",
            ),
        ],
    ),
    (
        "ru",
        "Сарканд",
        [],
        [
            (0, [], "сарканд, {{Жетысу}}, 8 пацанов зал маленький жарко"),
            (2, ["quote"], "[[first:Мадияр]]: «папа сказал если будешь готовить станешь {{Золушкой}}» ахах"),
            (3, ["insight"], "[[first:мадияр]] сказал что сам готовит плов лучше мамы и гордится"),
            (
                5,
                ["quote"],
                "[[nick:Сникерс]] ([[first:Алишер]], вечно голодный): девчонки любят только за бабки",
            ),
            (6, ["resistance"], "трое не хотели в ролевку. заставлять не стал"),
            (
                8,
                ["follow-up"],
                "[[first:мадияр]] хочет в полицейский колледж. почта [[email:madiyar.sarkand@gmail.com]] ватсап [[phone:87784103592]]",
            ),
            (
                9,
                ["referral"],
                "брата [[first:алишера|алишер]] 19 лет сватают на девушке которой 16. дал {{150}}, рассказал про {{закон о правах женщин и безопасности детей}}",
            ),
            (10, [], "на каспий скинул 500 тг ему на дорогу, карта [[card:4400 4302 1187 5560]]"),
        ],
    ),
    # ---------------- kk (10) ----------------
    (
        "kk",
        "Талдықорған",
        [],
        [
            (0, [], "18:40 күрес залы 12 бала жаттығудан кейін шаршап отыр. {{бақыт}} деген не деп бастадық"),
            (2, ["quote"], "[[first:Нұрасыл]]: «ер адам жыламайды, әкем солай деді» пацандар келісті"),
            (
                3,
                ["insight"],
                "кейін [[first:нұрасыл]] айтты атасы өлгенде әкесінің жылағанын көрген. бәрі тынышталып қалды",
            ),
            (5, [], "{{Ер Тарғын}} туралы сөйлестік кім нағыз батыр деп"),
            (
                6,
                ["resistance"],
                "[[nick:Аю]] ([[name:Ерболат Құдайбергенов|Құдайбергенов]]) «қатын-қалаш әңгімесі» деп кетіп қалды",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:аю]] кейін қайтып келді кешірім сұрады. тел [[phone:8 747 019 22 35]]",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Нұрасылдың|Нұрасыл]] анасы жарысқа рұқсат қағаз әкелу керек. мекенжай [[address:Қарасу ш/а, 27 үй]]",
            ),
            (10, [], "келесіде {{Қажымұқан}} туралы видео көрсетем"),
        ],
    ),
    (
        "kk",
        "Текелі",
        [],
        [
            (
                1,
                [],
                "текелі 10 бала футболдан кейін киім ауыстыратын бөлмеде, біреу {{Димаш}} әнін қосып қойды",
            ),
            (
                2,
                ["quote"],
                "[[first:Әділет]]: «қыз бала футбол ойнамау керек» - ал өзінің апасы {{Қайрат}} командасының фанаты ахах",
            ),
            (3, ["insight"], "[[first:әділет]] кейін айтты оны футболға апасы үйреткен"),
            (
                5,
                ["quote"],
                "[[nick:Бала]] (ең кішісі, [[first:Ерасыл]] 13 жаста): «мен үйде ыдыс жуамын, анам жұмыста» - ешкім күлмеді молодцы",
            ),
            (
                7,
                ["referral"],
                "[[first:ерасылдың|ерасыл]] ағасы қыз алып қашпақ деген әңгіме бар. {{150}} бердім, ағасымен сөйлесем",
            ),
            (8, ["follow-up"], "лагерьге тізім: ЖСН [[iin:121103501774]] туған күні [[dob:03.11.2012]]"),
            (9, ["follow-up"], "әкесі [[name:Серік Омаров|Омаров]] [[phone:+7 702 881 45 09]] вацап"),
            (10, [], "келесі жаттығу сенбі 10:00, мячтарды ұмытпа"),
        ],
    ),
    (
        "kk",
        "Жансүгіров",
        [],
        [
            (0, [], "жансүгіров ауылы мектеп спортзалы 9 жігіт"),
            (2, ["quote"], "[[first:Ақжол]]: «әйелім жұмыс істесе ел не дейді?»"),
            (3, ["insight"], "{{Ілияс Жансүгіров}} өлеңін оқыдық анасы туралы, [[first:ақжол]] жатқа білді"),
            (
                5,
                ["resistance"],
                "[[nick:Тракторист]] ([[first:Бауыржан]], шынымен тракторда істейді) бұл қалалықтардың ойы деді",
            ),
            (6, [], "{{ер адамның қорабы}} жаттығуы: ақша, күш, жыламау, әйелді басқару деп жазды"),
            (
                8,
                ["follow-up"],
                "оның үйі [[address:ауылдың шетінде, элеватордың қарсысындағы көк қақпалы үй]], телефоны жоқ, ағасынікі [[phone:8 (72843) 2-15-60]]",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Ақжол Тұрсынбаев|Тұрсынбаев]] волонтер болғысы келеді, инста [[handle:@akzhol_tursyn]]",
            ),
            (10, [], "тренерлер семинары {{Алматы}} қаласында қазанда"),
        ],
    ),
    # Aktobe oil-town social worker: Kazakh Cyrillic and 2021 Latin, social-work shorthand (ж/е, ш/а, ЖСН)
    (
        "kk",
        "Ақтөбе",
        [],
        [
            (0, [], "Ақтөбе, жастар ресурстық орталығы, 13 жігіт, көбі мұнай колледжінен. 15:30 бастадық"),
            (
                2,
                ["quote"],
                "[[first:Дәулет]]: «әкем вахтада, үйде бәрін анам шешеді, бірақ әкем келгенде ол — бастық»",
            ),
            (
                3,
                ["insight"],
                "[[first:дәулет]] айтты әкесі вахтадан келгенде үйде бәрі қорқады. өзіме ескерттім: мүмкін зорлық",
            ),
            (5, [], "{{Жігіт қорабы}} жаттығуы, тақтаға: күшті, ақшалы, жыламайды, шешім қабылдайды"),
            (6, [], "үзіліс, шай. екі жігіт телефонмен ойнап отыр, ескерттім"),
            (
                7,
                ["referral"],
                "[[first:Дәулетпен|Дәулет]] жеке сөйлестім. анасы соққы көреді. {{1409}} ж/е {{150}} бердім, учаскелікке әзірге емес",
            ),
            (
                8,
                ["follow-up"],
                "отбасы: [[address:Батыс-2 ш/а, 12 үй, 48 пәтер]]. әкесі [[name:Бауыржан Қалиев|Қалиев]], вахтамен Жаңажолда",
            ),
            (
                9,
                ["follow-up"],
                "баланың өз нөмірі [[phone:+7 771 402 18 66]], [[dob:17.06.2006]]. келесі аптада қайта хабарласу",
            ),
            (10, [], "{{Әлия Молдағұлова}} туралы мысал айттым – қыздар да батыр бола алады"),
        ],
    ),
    (
        "kk",
        "Қандыағаш",
        [],
        [
            (0, [], "Qandıağaş, temir jol kolleji, 10 jigit. jarıq joq edi, telefonnıñ fonarımen bastadıq"),
            (
                2,
                ["quote"],
                "[[first:Ğalımjan]]: «äyel adam ülken aqşa tappauı kerek, äytpese otbası būzıladı»",
            ),
            (
                3,
                ["insight"],
                "[[first:ğalımjan]] keyin ayttı: şeşesi bankte isteydi, äkesi jūmıssız, üyde sol üşin ūrıs köp",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Paravoz]] ([[name:Nūrbol Sadıqov|Sadıqov]]) — «būl batıstıñ ideyası» dep otırdı",
            ),
            (6, [], "{{Bir qadam alğa}} jattığuı jaqsı öttı"),
            (7, [], "üzilis 10 minut, jarıq qaytıp keldi"),
            (
                8,
                ["follow-up"],
                "[[first:Nūrbol]] jataqxanada tūradı, [[address:Aqtöbe köşesi 5, jataqxana, 2-qabat, 214-bölme]]. nömiri [[phone:8 705 338 71 20]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Ğalımjanğa|Ğalımjan]] otbasılıq psihologtıñ nömirin berdim, {{111}} da",
            ),
            (10, ["follow-up"], "JSN [[iin:050923550412]], poşta [[email:galym.kandy05@mail.ru]]"),
        ],
    ),
    (
        "kk",
        "Жаңажол",
        [],
        [
            (0, [], "Жаңажол вахталық кенті, клуб. 9 жас жігіт, бәрі вахтадан кейін, шаршаған"),
            (
                2,
                ["quote"],
                "[[first:Арман]]: «вахтада айына 400 мың табамын, әйелім жұмыс істемесін, керек емес»",
            ),
            (
                3,
                ["insight"],
                "[[first:арман]] кейін мойындады: үйге келгенде балаларымен не істерін білмейді, «мен оларға бөтенмін»",
            ),
            (
                5,
                ["quote"],
                "[[nick:Дед]] (ең үлкені, 28 жаста, [[name:Қайрат Жұмағалиев|Жұмағалиев]]): «біз ақша табатын машинамыз, болды»",
            ),
            (
                6,
                ["referral"],
                "ол ішімдік туралы айтты. вахтада ішеді, үйде ұрыс. наркологтың нөмірін бердім ж/е {{1409}} әйеліне беру үшін",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Қайраттың|Қайрат]] көлігі [[plate:777 KZT 04]] — трассада көрдім, мас емес пе? абайлау",
            ),
            (9, ["follow-up"], "[[first:Арман]] ұялы [[phone:+7 700 914 20 07]]"),
            (10, [], "{{Еңбек кодексі}} бойынша вахта графигін сұрады, білмеймін, заңгерге жіберу керек"),
        ],
    ),
    (
        "kk",
        "Шұбарқұдық",
        [],
        [
            (1, [], "Шұбарқұдық, мәдениет үйі, 8 жігіт. ауыл жастары + 2 мұғалім"),
            (2, ["quote"], "[[first:Бекжан]]: «қалыңдық алып қашу — салт, атам да солай үйленген»"),
            (
                3,
                ["resistance"],
                "[[first:Еламан]] онымен таласты. [[first:еламан]] айтты апасын алып қашқан, ол бақытсыз",
            ),
            (5, [], "{{Қылмыстық кодекс}} туралы айттым, алып қашу – қылмыс. көбі білмеген"),
            (
                6,
                ["quote"],
                "[[first:Еламанды|Еламан]] [[nick:Ағылшын]] деп атайды, себебі анасы — [[desc:Шұбарқұдықтағы жалғыз ағылшын тілі мұғалімі]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:еламан]] волонтер болғысы келеді: [[phone:8 771 266 09 43]], тг [[handle:@elaman_shubar]]",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Бекжан Әміров|Әміров]] паспорты [[passport:N13208451]] — сапарға тізім",
            ),
            (10, [], "келесіде {{Абай}} қара сөздерінен үзінді оқимын"),
        ],
    ),
    (
        "kk",
        "Хромтау",
        [],
        [
            (0, [], "Хромтау, кен-байыту комбинатының жастар кеңесі, 11 жігіт"),
            (
                2,
                ["quote"],
                "[[first:Ernur]] (chatqa latınşa jazdı): «er adam üyde as pisirmeydi, bizde solay»",
            ),
            (
                3,
                ["insight"],
                "[[first:ernur]] keyin: anası kombinatta laborant, äkesi üyde otıradı, sol üşin ūyaladı",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Хром]] ([[first:Ақылбек]]) бәрін әзілге айналдырды, «әйелдер күні ғой» деп",
            ),
            (
                6,
                [],
                "{{Ғабит Мүсірепов}} «{{Ұлпан}}» романынан мысал — {{Ұлпан}} деген әйел бүкіл ауылды басқарды",
            ),
            (
                8,
                ["follow-up"],
                "[[first:ақылбек]] ЖСН [[iin:030214551906]] сертификатқа, [[dob:14 ақпан 2003]]",
            ),
            (
                9,
                ["follow-up"],
                "[[name:Ernur Baqytjanūlı|Baqytjanūlı]] poşta [[email:ernur.baqyt@gmail.com]], tel [[phone:+77478102936]]",
            ),
            (10, [], "kelesi kezdesu 2 aptadan keyin, komb. jastar keñesi zal beredi"),
        ],
    ),
    (
        "kk",
        "Ембі",
        [],
        [
            (1, [], "Ембі, гарнизон маңындағы мектеп, 9 жігіт 10-11 сынып"),
            (
                2,
                ["quote"],
                "[[first:Жандос]]: «әскерде жүрген әкем айтады: ер адам бұйрық береді, әйел орындайды»",
            ),
            (
                3,
                ["insight"],
                "[[first:жандос]] кейін айтты әкесі үйде де бұйрық береді, анасы үнсіз. тым ауыр",
            ),
            (
                4,
                ["referral"],
                "оған {{150}} бердім, мектеп психологы [[name:Гүлнар Сейітова|Сейітова]] білсін, қауіп болса {{102}}",
            ),
            (
                6,
                ["quote"],
                "[[nick:Солдат]] ([[first:Мейіржан]]): «мен армияға барамын, бірақ әйеліме қол көтермеймін»",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Жандостың|Жандос]] үйі [[address:әскери қалашық, 6-үй, 2-подъезд, 11-пәтер]] — анасымен абайлап сөйлесу керек",
            ),
            (9, ["follow-up"], "оның нөмірі [[phone:8 (71336) 2-31-45]], әжесінің үйі"),
            (10, [], "қорытынды шеңбер жақсы өтті, үш жігіт «анама көмектесемін» деді"),
        ],
    ),
    (
        "kk",
        "Ақтөбе",
        [],
        [
            (0, [], "Aqtöbe, ekinşi kezdesu, 12 jigit, 4 jañası"),
            (2, ["quote"], "[[first:Дәулет]] қайта келді! әкесімен сөйлескен, «әке, анама айқайлама» деген"),
            (3, ["insight"], "досы [[first:Yerjan]]: «men de äkemmen söylesem be?» — jaqsı"),
            (
                5,
                ["quote"],
                "[[nick:Мұнайшы]] ([[name:Алмас Жақыпов|Жақыпов]]): «әйелім вахтаға барса мен балаға қараймын, не болды?» — бәрі таң қалды",
            ),
            (6, [], "{{Шаңырақ}} жаттығуы — үй шаруасын бөлу, жақсы өтті"),
            (
                8,
                ["follow-up"],
                "[[first:алмас]] әйелі [[desc:Ақтөбедегі жалғыз әйел вахта бригадирі]], сұхбатқа шақыру?",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Yerjan]] jol aqısı üşin karta [[card:4400 4301 7722 0415]], [[phone:+7 776 512 30 88]]",
            ),
            (
                10,
                [],
                "[[first:Дәулеттің|Дәулет]] анасы WhatsApp-қа жазды: «рахмет, үйде тыныш». осыны есепке жазбаймын",
            ),
        ],
    ),
]
