# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
#
# Seventh set: 40 raw workshop sessions across Kazakhstan, Kyrgyzstan, Uzbekistan and Tajikistan.
# Markup: [[kind:text|stem1,stem2]] = planted identifier (must be gone from the PDF, stems too);
#         {{text}} = must stay (public figure/thing, helpline, organisation, big city, a name-like word used as a word).

SESSIONS = [
    # 1 kk, Cyrillic
    (
        "kk",
        "Тараз",
        ["Ерасыл Жұмабеков", "Дәурен Омаров", "Нұрсұлтан Әбдіқадыров"],
        [
            (0, [], "14 жігіт келді. [[first:ерасыл|Ерасыл]] мен [[first:Дәуренмен|Дәурен]] кешікті. {{Абай}}дың қара сөзінен бастадық"),
            (2, ["quote"], "[[surname:Жұмабековтың|Жұмабеков]] сөзі: «қыз бала үйде отыруы керек, көшеге шықпасын»"),
            (4, ["resistance"], "[[first:дәурен|Дәурен]]: «бұл батыстың идеясы, бізге керек емес». [[nick:Нұрик|Нұрсұлтан]] күлді, басқалар үндемеді"),
            (7, ["follow-up", "insight"], "[[name:нұрсұлтан әбдіқадыров|Нұрсұлтан,Әбдіқадыров]] сабақтан кейін қалды: әкесі шешесін ұрады дейді. нөмірі [[phone:8 701 448 27 93]], жұмада хабарласамын"),
            (9, ["referral"], "{{150}} нөмірін бердім. мектеп психологы [[name:Гүлнар Сейітқызы|Гүлнар,Сейітқызы]] апайға айтамын, ол [[address:Сүлейменов к-сі 41, 17 пәтер]] тұрады"),
        ],
    ),
    # 2 kk, Latin 2018 (acute)
    (
        "kk",
        "Semeı",
        [],
        [
            (0, [], "11 jigit. Aldymen {{Abaı}} týraly sóılestik, Semeı poligony týraly bireýi aıtty"),
            (3, ["quote"], "[[first:Qaırattyń|Qaırat]] sózi: «áıel adam erine qarsy sóılemeýi kerek»"),
            (5, ["resistance"], "[[first:Dáýrenge|Dáýren]] bári kúlki boldy, telefon oınap otyrdy"),
            (8, ["follow-up"], "Ol sabaqtan keıin qaldy. ápkesin [[first:Ǵalymnyń|Ǵalym]] aǵasy alyp qashpaq eken. Onyń tý\u00adǵan kúni [[dob:12.03.2008]], 16 jasta"),
            (10, ["referral", "follow-up"], "{{111}} nómirin berdim. nómiri [[phone:+7 747 305 18 62]], insta [[handle:@qairat_semey08|qairat_semey08]]. úıi [[address:Jańa Semeı, Kóktem kóshesi 9]]"),
        ],
    ),
    # 3 ru (Kyrgyzstan)
    (
        "ru",
        "Талас",
        [],
        [
            (0, [], "пришли 16 ребят из Таласа и двух сел. вспомнили {{Манас}} и {{Айтматов}}а, «Джамилю» читали не все"),
            (2, ["quote"], "[[first:Эрланчик|Эрлан]] сказал: «ала качуу — это наша традиция, без нее никак»"),
            (4, ["resistance"], "[[surname:Токтосунов|Токтосунов]] и [[first:мирлан|Мирлан]] спорили со мной минут 10. он: «жена должна слушаться»"),
            (6, ["insight"], "[[nick:Бека|Бектур]] неожиданно поддержал: его сестру украли в 17, она потом ушла"),
            (9, ["follow-up"], "[[first:Мирлан]] остался, говорит, брат собирается украсть девушку из [[desc:единственной семьи пасечников в Кок-Добо]]. тел [[phone:+996 557 31 08 44]]"),
            (11, ["referral"], "дал {{111}} и номер кризисного центра. позвоню [[first:Мирлану|Мирлан]] в пн"),
        ],
    ),
    # 4 kk, Latin 2021
    (
        "kk",
        "Qyzylorda",
        ["Jandos Äbilov", "Şyñğys Qaliev"],
        [
            (0, [], "12 jigit keldi. [[first:Jandosqa|Jandos]] jürgizuşi bolu tapsyryldy. {{Qorqyt Ata}} turaly añyz aittyq"),
            (2, ["quote"], "[[first:şyñğys|Şyñğys]]: «qyz alyp qaşu — ata-babamyzdan qalğan salt»"),
            (3, ["resistance"], "[[surname:Äbilovtyñ|Äbilov]] ağasy qyz alyp qaşqan, sondyqtan jaqtap sóiledi. birde-bir qyz jağdaiyn oilamaidy"),
            (6, ["insight"], "[[name:jandos äbilov|Jandos,Äbilov]] keiin aitty: «men qarsymyn, biraq auylda olai aitu qiyn»"),
            (9, ["follow-up"], "[[first:Şyñğystyñ|Şyñğys]] qaryndasy 16 jasta, tuğan küni [[dob:03.09.2008]]. ony [[desc:auyldağy jalğyz nan zauytynyñ iesiniñ ülken ūly|nan zauytynyñ iesi]] alyp qaşpaq"),
            (10, ["referral"], "{{112}} jäne 150 aittym. onyñ nömiri [[phone:+7 705 912 40 17]], poşta [[email:shyngys.q08@mail.ru]]"),
        ],
    ),
    # 5 en (Uzbekistan)
    (
        "en",
        "Bukhara",
        [],
        [
            (0, [], "13 young men, two came late from the old town. warm-up about {{Ibn Sino}} and {{Navoi}}, went ok"),
            (2, ["quote"], "[[first:Sardorga|Sardor]] asked me after: 'why should a man cook if his wife is at home'. [[first:umid|Umid]] laughed"),
            (4, ["resistance"], "the [[surname:Rakhimov|Rakhimov]] boy said these ideas come from Europe, and 'we are Muslims, we have our own rules'"),
            (6, ["insight"], "[[nick:Bobo|Bobur]] (real name [[first:Bobur]]) said his father never hit his mother and he is proud of it"),
            (8, ["follow-up"], "[[first:Umid]] stayed. says his cousin, 17, is being married off in march to [[desc:the only pharmacist's son in Gijduvon]]. call him: [[phone:+998 91 447 20 83]]"),
            (10, ["referral"], "gave him the number of the local women's committee and told him about {{UNFPA}} youth centre. his tg: [[handle:@umid_bux07|umid_bux07]]"),
        ],
    ),
    # 6 ru (Kyrgyzstan)
    (
        "ru",
        "Нарын",
        ["Нурбек Асанов", "Тилек Жумабаев", "Алтынбек Садыров"],
        [
            (0, [], "15 парней, холодно, зал в доме культуры. [[first:Тилек]] помогал расставить стулья"),
            (2, ["quote"], "[[first:алтынбек|Алтынбек]]: «если жена ушла, значит муж слабый». не все согласились"),
            (3, ["resistance"], "[[surname:Садыров|Садыров]] сказал, что его дядя из {{Бишкек}}а говорит то же самое"),
            (5, ["insight"], "[[name:тилек жумабаев|Тилек,Жумабаев]]: «мою маму тоже украли, она до сих пор плачет»"),
            (8, ["follow-up"], "[[first:Нурбек]] написал в личку: [[handle:@nurbek_naryn|nurbek_naryn]]. мысли о том, чтобы «уйти навсегда». д.р. [[dob:07/11/06]], живет [[address:ул. Ленина 58, Нарын]]"),
            (9, ["referral"], "сразу дал {{111}} и телефон психолога из {{Красный Полумесяц}}, договорились созвониться вечером [[phone:0700 61 29 84]]"),
        ],
    ),
    # 7 kk mixed (kk + ru)
    (
        "kk",
        "Кентау",
        [],
        [
            (0, [], "13 бала. сначала по-русски, потом қазақшаға көштік. Түркістаннан екі жігіт келді"),
            (2, ["quote"], "[[first:Асқарға|Асқар]] айттым, ол: «мужик должен зарабатывать, әйел үйде отырсын»"),
            (4, ["resistance"], "[[nick:Жаке|Жандос]] вообще не слушал, тиктокта отырды. [[surname:Серікбаевтың|Серікбаев]] баласы ұрыс бастай жаздады"),
            (6, ["insight"], "[[first:бахыт|Бахыт]] сказал: «менің әкем анамды ұрмайды, и я не буду». молодец"),
            (8, ["follow-up"], "[[first:Бахыт]] после занятия: соседская девочка 15 лет, ее хотят выдать за [[desc:ауылдағы жалғыз наубайшының ұлы|наубайшының ұлы]]. номер [[phone:87754128806]]"),
            (11, ["referral"], "{{150}} и 111 бердім, қала әкімдігіндегі отбасы орталығын айттым"),
        ],
    ),
    # 8 kk, informal ASCII Latin
    (
        "kk",
        "Turkistan",
        [],
        [
            (0, [], "10 jigit. [[first:aidos|Aidos]] birinshi keldi. Qozha Akhmet Yassaui kesenesi zhaily azdap aittyk"),
            (3, ["quote"], "[[first:galym|Galym]]: «kyz alyp kashu zhaman emes, ata-anasy kelisse boldy»"),
            (5, ["resistance"], "[[surname:Seitkalidin|Seitkali]] agasy aiel adamdy urugha bolady deidi, ozi de kelisedi"),
            (7, ["insight"], "[[name:aidos nurlanuly|Aidos,Nurlanuly]]: «agam zhengeini urdy, men korip turdym»"),
            (9, ["follow-up"], "[[first:Aidostyn|Aidos]] tugan kuni [[dob:2008-05-21]], 16 zhasta. tel [[phone:+77015520374]], insta [[link:instagram.com/aidos.turk_08|aidos.turk_08]]"),
            (10, ["referral"], "{{150}} nomirin berdim. mektep psihologi [[name:Saule Tanatarova|Saule,Tanatarova]] apaiga aitamyn"),
        ],
    ),
    # 9 ru (Tajikistan)
    (
        "ru",
        "Истаравшан",
        [],
        [
            (0, [], "18 парней, много из соседних кишлаков. начали с {{Рудаки}}, потом про Худжанд и работу в {{России}}"),
            (2, ["quote"], "[[first:Фаррух|Фаррух]]: «жену выбирают родители, так правильно»"),
            (3, ["resistance"], "[[first:Джамшеду|Джамшед]] стало смешно, [[surname:Холов|Холов]] с ним. сидели в телефонах"),
            (6, ["insight"], "[[nick:Фара|Фаррух]] потом сказал, что его сестру выдали в 16 и она вернулась с ребенком"),
            (8, ["follow-up"], "боится, что вторую сестру тоже выдадут. родился [[dob:14 февраля 2007 г.]], тел [[phone:+992 92 744 18 30]], живет [[address:махалла Калининобод, ул. Шарк 17]]"),
            (10, ["referral"], "дал номер местного кризисного центра и рассказал про {{UN Women}}. «{{умед}} дорам», сказал он. перезвоню в четверг"),
        ],
    ),
    # 10 en (Tajikistan)
    (
        "en",
        "Kulob",
        ["Shodmon Rahmonov", "Firdavs Nazarov"],
        [
            (0, [], "14 guys. translation help from [[first:shodmon|Shodmon]]. talked about Mir Sayyid Ali Hamadani a bit"),
            (2, ["quote"], "[[first:Firdavs]]: 'a man who asks his wife is not a man'. others nodded"),
            (4, ["resistance"], "[[surname:Nazarov|Nazarov]] kept saying it's all from the West. [[nick:Shoha|Shodmon]] argued back"),
            (6, ["insight"], "[[name:shodmon rahmonov|Shodmon,Rahmonov]] told the group his mother was 15 when she married. silence after that"),
            (9, ["follow-up", "referral"], "[[first:Firdavs]] asked privately about his friend who talks about ending his life. friend lives at [[address:Kulob, Sino street 23, apt 4]]. his number [[phone:+992 93 518 47 02]], email [[email:firdavs.naz@gmail.com]]"),
        ],
    ),
    # 11 kk, Cyrillic; name-like words used as words
    (
        "kk",
        "Жаңаөзен",
        [],
        [
            (0, [], "16 жігіт. әркім өз {{арманы}} туралы айтты: біреуі {{Астана}}ға оқуға барғысы келеді"),
            (2, ["quote"], "[[first:Мейіржан|Мейіржан]]: «менің {{арманым}} — үй салу, әйелім жұмыс істемейді»"),
            (3, ["resistance"], "[[surname:Оразбаев|Оразбаев]] пен [[first:Ерболға|Ербол]] бәрі әзіл. «{{бақыт}} ақшада» дейді"),
            (5, ["insight"], "[[first:ербол|Ербол]]: «{{алтын}} уақытты телефонға жұмсаймыз». жақсы ой"),
            (7, ["follow-up"], "[[first:Мейіржанның|Мейіржан]] әпкесі күйеуінен таяқ жейді. өзі туған [[dob:2007 ж. 19 қараша]], тел [[phone:8 (708) 211 63 45]], мекенжайы [[address:3-шағын аудан, 27-үй, 8-пәтер]]"),
            (9, ["referral"], "{{111}} бердім, Жаңаөзен әкімдігіндегі дағдарыс орталығы туралы айттым"),
        ],
    ),
    # 12 ru (Kyrgyzstan)
    (
        "ru",
        "Баткен",
        [],
        [
            (0, [], "12 ребят, двое из Кадамжая. начали с вопроса про работу в Москве, почти у всех кто-то там"),
            (2, ["quote"], "[[first:Элдияр|Элдияр]]: «если девушку украли и она осталась — значит согласна»"),
            (4, ["resistance"], "[[surname:Мамытов|Мамытов]] с другом ушли на перерыв и не вернулись"),
            (6, ["insight"], "[[first:бакыт|Бакыт]] рассказал, что его отец просил прощения у мамы при всех. тишина"),
            (8, ["follow-up"], "он после: его двоюродную сестру, [[first:Айпери]], хотят выдать за [[desc:сына единственного врача в Самаркандеке]]. ей 16, д.р. [[dob:02.04.2008]]"),
            (9, ["follow-up"], "его номер [[phone:+996 772 48 19 05]], машина дяди [[plate:05 123 ABK]], он ее повезет"),
            (11, ["referral"], "{{111}} и 112 дал, плюс кризисный центр в Оше. в конце каждый сказал ак {{тилек}} сестрам"),
        ],
    ),
    # 13 ru mixed (ru + uz)
    (
        "ru",
        "Андижан",
        ["Ulugbek Tursunov", "Sherzod Mamajonov"],
        [
            (0, [], "17 йигитов, говорили по-русски и по-узбекски. Бабур и {{Навои}} в начале"),
            (2, ["quote"], "[[first:Ulugbekning|Ulugbek]] gapi: «xotin erini hurmat qilishi kerak, er esa ishlaydi». ему поддакивали"),
            (3, ["resistance"], "[[surname:Tursunovlar|Tursunov]] oilasi, говорит, «hamma shunday yashaydi». [[nick:Sherik|Sherzod]] молчал"),
            (5, ["insight"], "[[first:sherzod|Sherzod]]: «men {{umid}} qilaman, отец изменится». мама уехала в Россию на заработки"),
            (7, ["follow-up"], "[[name:ulugbek tursunov|Ulugbek,Tursunov]] написал в телегу [[handle:@ulug_andijon|ulug_andijon]]: сестру выдают в 16. tug'ilgan kuni [[dob:25.12.2008]]"),
            (8, ["follow-up"], "адрес: [[address:Andijon sh., Bog'ishamol mahallasi, 14-uy]]. тел [[phone:+998 94 302 71 66]]"),
            (10, ["referral"], "рассказал про махаллинский комитет и {{UNICEF}}. ему перезвоню"),
        ],
    ),
    # 14 kk, Latin 2018 (acute)
    (
        "kk",
        "Jezqazǵan",
        [],
        [
            (0, [], "11 jigit, bári kenshiler aýdanynan. {{Qanysh Sátbaev}} týraly aıtyp bastadyq"),
            (2, ["quote"], "[[first:Shyńǵys|Shyńǵys]]: «áıeldi tárbıeleý — erdiń mindeti»"),
            (3, ["resistance"], "[[first:Nurbolattyń|Nurbolat]] aǵasy da osylaı oılaıdy, [[surname:Beısenov|Beısenov]] kúldi"),
            (6, ["insight"], "ol: «anam jylady, men eshteńe isteı almadym». birneshe jigit basyn ızedi"),
            (8, ["follow-up"], "[[first:Nurbolat]] qaldy: ózine qol salǵysy keletinin aıtty. týǵan kúni [[dob:9 mamyr 2007]], telefony [[phone:8 776 390 14 28]], úıi [[address:Ǵaǵarın kóshesi 33, 12 páter]]"),
            (9, ["referral", "follow-up"], "{{150}} jáne 112 berdim, búgin keshke qońyraý shalamyn. [[desc:qaladaǵy jalǵyz býddıst ǵıbadathanasynyń kúzetshisiniń uly]] da sol úıde turady"),
        ],
    ),
    # 15 kk, Cyrillic, roster
    (
        "kk",
        "Екібастұз",
        ["Арман Жақыпов", "Бауыржан Төлегенов", "Нұр Сәтбаев"],
        [
            (0, [], "13 жігіт. [[first:Арманға|Арман]] журнал жүргізуді тапсырдым. [[first:нұр|Нұр]] кешікті"),
            (2, ["quote"], "[[nick:Бауке|Бауыржан]]: «әйел ұрғанды жақсы көреді» деп әзілдеді. ешкім күлмеді"),
            (4, ["resistance"], "[[surname:Жақыповтың|Жақыпов]] әкесі полицияда, «үйдегі іс үйде қалу керек» дейді"),
            (6, ["insight"], "[[name:нұр сәтбаев|Нұр,Сәтбаев]]: «шешем бізді алып кетті, қазір тыныш». ол бірінші рет айтты"),
            (8, ["follow-up"], "[[first:Арман]] жеке айтты: досы [[nick:Сәке]] өзін-өзі өлтіремін деп жазған. оның тг [[link:t.me/sake_ekb|sake_ekb]], тел [[phone:8 700 127 55 90]]"),
            (10, ["referral"], "{{150}} бердім, қалалық жастар ресурстық орталығы психологымен сөйлестім"),
        ],
    ),
    # 16 ru (Kazakhstan)
    (
        "ru",
        "Риддер",
        [],
        [
            (0, [], "9 парней, двое с комбината. разминка про {{Головкина}} и {{Канат Ислам}}а, кто сильнее"),
            (2, ["quote"], "[[first:Слава|Слава]]: «бьет — значит любит, так бабушка говорила»"),
            (3, ["resistance"], "[[first:Роман|Роман]] спорил, что все это «феминистки из {{Америки}} придумали». [[surname:Кузнецов|Кузнецов]] поддакивал"),
            (5, ["insight"], "[[nick:Славик|Слава]] потом признал: отчим бьет мать, он заступался и получил"),
            (7, ["follow-up"], "у [[nick:Славы|Слава]] нет своего телефона, звонить маме [[phone:8 (72336) 4 18 27]]. д.р. [[dob:3 октября 2007]], адрес [[address:ул. Гоголя 12-45, Риддер]]"),
            (9, ["referral"], "дал {{150}}, 111 и адрес кризисного центра в Усть-Каменогорске"),
        ],
    ),
    # 17 en (Kyrgyzstan)
    (
        "en",
        "Osh",
        ["Bakyt Ergeshov", "Max Kim"],
        [
            (0, [], "15 participants, mix of Kyrgyz and Uzbek guys. [[first:max|Max]] and [[first:bakyt|Bakyt]] helped with chairs. Sulaiman-Too as icebreaker"),
            (2, ["quote"], "[[surname:Ergeshov|Ergeshov]]: 'if she was kidnapped and stayed, it's her choice'"),
            (4, ["resistance"], "two guys said the workshop is from {{USAID}} and they don't trust foreigners"),
            (6, ["insight"], "[[name:max kim|Max,Kim]] said his grandmother was kidnapped in 1968 and 'nobody asked her'. strong moment"),
            (8, ["follow-up"], "[[first:Bakyt]] stayed after: his younger sister (b. [[dob:11 Aug 2009]]) gets messages from [[handle:@kara_suu_boss|kara_suu_boss]] who says he'll 'take her'. his number [[phone:+996 509 22 71 38]]"),
            (10, ["referral"], "gave {{111}} and the Osh crisis centre. will write to him on whatsapp"),
        ],
    ),
    # 18 kk mixed (kk + en)
    (
        "kk",
        "Қонаев",
        [],
        [
            (0, [], "14 жігіт. warm-up ағылшынша болды, сосын қазақша. Қапшағай бөгені туралы біреуі әзіл айтты"),
            (2, ["quote"], "[[first:Дидарға|Дидар]] сұрақ қойдым, ол: «real men don't cry, ағай»"),
            (4, ["resistance"], "[[nick:Дико|Дидар]] мен [[surname:Мұқанов|Мұқанов]] «this is propaganda» деді"),
            (6, ["insight"], "[[first:ақжол|Ақжол]]: «my dad cooks every sunday, и бәрі жақсы». бәрі күлді, бірақ жақсы күлді"),
            (8, ["follow-up"], "[[first:Ақжол]] жеке: кішкентай інісін [[desc:the only Korean family on our street]] баласы ұрады. тел [[phone:+7 771 604 33 19]], email [[email:akzhol2008@inbox.ru]]"),
            (10, ["referral"], "{{150}} бердім, мектеп әкімшілігіне хабарлаймыз"),
        ],
    ),
    # 19 ru mixed (ru + kg)
    (
        "ru",
        "Каракол",
        ["Жыргалбек Осмонов", "Улан Турдубаев"],
        [
            (0, [], "14 балдар, говорили по-русски и кыргызча. Иссык-Куль, Пржевальский — все знают"),
            (2, ["quote"], "[[first:Жыргалбек|Жыргалбек]]: «кыз алып качуу — биздин салт, эч ким каршы эмес»"),
            (3, ["resistance"], "[[first:Уланга|Улан]] айттым, он: «апам да уурдалган, {{бактылуу}} болду». бирөө кол чапты"),
            (5, ["insight"], "[[name:улан турдубаев|Улан,Турдубаев]] потом: «апам кечээ ыйлады, мен билем ал бактылуу эмес»"),
            (7, ["follow-up"], "[[first:Жыргалбектин|Жыргалбек]] эжеси 17 жашта, туулган күнү [[dob:18.06.2007]]. ее хочет украсть [[desc:айылдагы жалгыз ветеринардын уулу|жалгыз ветеринардын уулу]] из Тепке"),
            (9, ["referral"], "{{111}} бердим, его тел [[phone:0555 70 46 12]], адрес [[address:Каракол, ул. Абдрахманова 160]]"),
        ],
    ),
    # 20 kk, Cyrillic
    (
        "kk",
        "Арал",
        [],
        [
            (0, [], "10 жігіт, көбі балықшылардың балалары. Арал теңізі мен Көкарал бөгеті туралы сөйлестік"),
            (2, ["quote"], "[[first:Қанатбек|Қанатбек]]: «қызды ерте ұзату керек, кейін ешкім алмайды»"),
            (3, ["resistance"], "[[surname:Смағұлов|Смағұлов]] пен [[first:Дәулетке|Дәулет]] бәрі мазақ. «бұл {{Еуропа}}ның ісі»"),
            (6, ["insight"], "[[nick:Қанат|Қанатбек]] кейін: «әпкем 16-да тұрмысқа шықты, ол {{бақытсыз}}»"),
            (8, ["follow-up"], "[[first:Қанатбектің|Қанатбек]] қарындасын [[desc:Қаратерең ауылындағы жалғыз дүкенші әйелдің ұлы]] алып қашпақ. қарындасы туған [[dob:01.01.2009]], тел [[phone:8 747 218 09 64]]"),
            (10, ["referral"], "{{150}}, 112 бердім, аудандық ювеналды полиция инспекторына хабарлаймын"),
        ],
    ),
    # 21 kk, Latin 2021
    (
        "kk",
        "Saryağaş",
        [],
        [
            (0, [], "15 jigit, köbi özbek tilinde de söileidi. Tūran turaly söz boldy, sosyn Şymkentke jūmysqa baru"),
            (2, ["quote"], "[[first:bekzat|Bekzat]]: «äiel erkekke teñ emes, qūdai solai jaratqan»"),
            (4, ["resistance"], "[[surname:Täjibaevtar|Täjibaev]] üiinde de solai, dep qostady [[first:Ärmannyñ|Ärman]] inisi"),
            (6, ["insight"], "[[name:ärman ospan|Ärman,Ospan]]: «anam 14 jyl şydady, endi ketti, men qūrmetteimin»"),
            (8, ["follow-up"], "[[first:Bekzattyñ|Bekzat]] bauyry [[first:Ğani]] özin-özi öltiremin dep jürgen. onyñ tuğan kün [[dob:2007.02.14]], nömiri [[phone:+7 (702) 640-27-81]]"),
            (9, ["referral"], "{{150}} berdim, audandyq emhanadağy psihologqa jazyldyq. ol [[link:t.me/bekzat_sary|bekzat_sary]] arqyly jazady"),
        ],
    ),
    # 22 ru (Kazakhstan)
    (
        "ru",
        "Шу",
        [],
        [
            (0, [], "11 парней, холодный спортзал, кто-то читал {{роман}} «Путь Абая». начали с вопроса про {{Алматы}} — кто хочет уехать, подняли почти все"),
            (2, ["quote"], "[[first:Берик|Берик]]: «мужчина без денег — не мужчина, жена уйдет»"),
            (3, ["resistance"], "[[surname:Ахметов|Ахметов]] сказал, что по {{Корану}} так можно. [[first:Берика|Берик]] это завело"),
            (5, ["insight"], "[[first:Дамиру|Дамир]] стало плохо, вышел. потом сказал, что у него дома «все как в том ролике»"),
            (7, ["follow-up"], "[[first:Дамир]]: отец пьет и бьет, мама молчит. ИИН [[iin:071122500318]], живет [[address:пос. Толе би, ул. Желтоксан 7]], тел [[phone:+7 708 555 43 12]]"),
            (9, ["referral"], "дал {{150}} и 111. договорился с соцпедагогом [[name:Людмила Петровна Ким|Людмила,Ким]] на завтра"),
        ],
    ),
    # 23 en (Uzbekistan)
    (
        "en",
        "Namangan",
        [],
        [
            (0, [], "16 guys, English club members. talked about {{Babur}} and Fergana Valley history"),
            (2, ["quote"], "[[nick:Vali|Valijon]] (real name [[first:Valijon]]) said: 'a girl who studies too long never marries'"),
            (4, ["resistance"], "[[surname:Yusupov|Yusupov]] refused to do the role-play, said it's 'shameful'. we'll try again next week"),
            (6, ["insight"], "[[first:Doniyor|Doniyor]] said his mother works in Korea and his father cooks. nobody laughed"),
            (8, ["follow-up"], "[[first:Valijon's|Valijon]] cousin, 16, engaged to [[desc:the son of the only car mechanic in Chust bazaar]]. born [[dob:2008/03/07]]. his insta [[link:instagram.com/valijon_nam|valijon_nam]]"),
            (10, ["referral"], "gave him the mahalla women's committee number and told him about {{UNICEF}}. follow up by phone [[phone:+998 93 410 62 57]]"),
        ],
    ),
    # 24 kk mixed (kk Latin 2018 + ru)
    (
        "kk",
        "Aqtóbe",
        [],
        [
            (0, [], "13 jigit. pervye 20 minut po-russki, potom qazaqsha. Aqtóbe — úlken qala, biraq aýyldan kelgender kóp"),
            (2, ["quote"], "[[first:Aıbek|Aıbek]]: «muzhik ne dolzhen prosit proshcheniia, áıel keshirý suraıdy»"),
            (3, ["resistance"], "[[first:Erjanǵa|Erjan]] aıttym, on skazal «eto vse propaganda». [[surname:Qasymov|Qasymov]] kúldi"),
            (6, ["insight"], "ol: «ákem sheshemdi urady, ia ne znaiu chto delat». barlyǵy únsiz"),
            (8, ["follow-up"], "[[first:Erjannyń|Erjan]] týǵan kúni [[dob:17 qazan 2006]], telefon [[phone:8-702-118-93-40]], úıi [[address:Batys-2 shaǵyn aýdany, 15 úı, 63 páter]]"),
            (10, ["referral"], "{{111}}, 150 berdim. [[nick:Erjeke|Erjan]] erteń habarlasady"),
        ],
    ),
    # 25 ru (Tajikistan)
    (
        "ru",
        "Пенджикент",
        ["Сино Рахимзода", "Умед Каримов"],
        [
            (0, [], "13 ребят, часть говорит по-русски слабо. Саразм и {{Рудаки}} — гордятся"),
            (2, ["quote"], "[[first:сино|Сино]]: «девушке после 9 класса учеба не нужна»"),
            (4, ["resistance"], "[[surname:Каримов|Каримов]] сказал, что его брат в {{Москве}}, и он решает за сестер"),
            (6, ["insight"], "[[name:умед каримов|Умед,Каримов]]: «мать одна нас растила, отец не вернулся». долго молчали"),
            (8, ["follow-up"], "[[first:Умеда|Умед]] сестру выдают в 17. родилась [[dob:5.VII.2007]]. живут [[address:кишлак Хуррамобод, дом 31]], тел [[phone:+992 918 44 07 26]]"),
            (9, ["follow-up"], "паспорт сестры у дяди, номер он переписал: [[passport:А 3401728]]. говорит, хотят сделать документы «на 18»"),
            (11, ["referral"], "дал номер кризисного центра и {{ОБСЕ}}-шной юрконсультации, перезвоню [[first:Сино]]"),
        ],
    ),
    # 26 kk, Cyrillic, roster
    (
        "kk",
        "Үштөбе",
        ["Алтынбек Рысқұлов", "Жеңіс Әбенов", "Мейірхан Сағынтаев"],
        [
            (0, [], "12 жігіт, екеуі корей отбасынан. [[first:жеңіс|Жеңіс]] сөзді бастады. {{Ілияс Жансүгіров}} туралы біреуі өлең оқыды"),
            (2, ["quote"], "[[first:Алтынбекпен|Алтынбек]] таласқа түстік: «қыз бала 18-де тұрмыста болу керек»"),
            (3, ["resistance"], "[[surname:Сағынтаевтың|Сағынтаев]] ағасы имам, «бұл дінге қарсы» деп кетіп қалды"),
            (5, ["insight"], "[[nick:Мейір|Мейірхан]]: «әкем анамды ұрғанда мен бөлмеде тығылатынмын». тыныштық"),
            (7, ["follow-up"], "[[name:мейірхан сағынтаев|Мейірхан,Сағынтаев]] жеке сөйлесті, өзіне зиян келтіреді. туған күні [[dob:28/02/2008]], ЖСН [[iin:080228501472]]"),
            (8, ["follow-up"], "тел [[phone:8 705 377 20 16]], үйі [[address:Құдайбердиев к-сі 8, Үштөбе]]. шешесі [[desc:қаладағы жалғыз тіс дәрігері әйел|жалғыз тіс дәрігері]]"),
            (10, ["referral"], "{{150}} және 111 бердім, мектеп психологына айттым"),
        ],
    ),
    # 27 ru mixed (ru + tj)
    (
        "ru",
        "Бохтар",
        [],
        [
            (0, [], "15 бачаҳо, говорили по-русски и тоҷикӣ. Душанбе и Вахш — вся география"),
            (2, ["quote"], "[[first:Фарҳод|Фарҳод]]: «зан бояд дар хона бошад, работать ей не надо»"),
            (3, ["resistance"], "[[first:Ҷамшедро|Ҷамшед]] и [[surname:Давлатов|Давлатов]] ушли курить. «ин ҳама бемаънӣ» сказали"),
            (5, ["insight"], "[[nick:Will]] (так его зовут в английском клубе, по-настоящему [[first:Шаҳзод]]) сказал: «падарам модарамро мезанад», и что он боится"),
            (7, ["follow-up"], "он родился, таваллудаш [[dob:12 марти 2007]], тел [[phone:+992 98 505 63 11]], живет [[address:ш. Бохтар, кӯчаи Айнӣ 44]]"),
            (9, ["follow-up"], "машина отчима, который его бьет: [[plate:4127 АА 03]]. отчим [[desc:ягона қассоби бозори Сарбанд]]"),
            (10, ["referral"], "дал номер кризисного центра и {{112}}. завтра позвоню"),
        ],
    ),
    # 28 kk, informal ASCII Latin
    (
        "kk",
        "Zhanatas",
        [],
        [
            (0, [], "9 jigit. Karatau taulary, fosfat zauyty turaly sozdestik"),
            (2, ["quote"], "[[first:Asylbek|Asylbek]]: «kyz bala oku ne ushin kerek, bari bir turmyska shygady»"),
            (3, ["resistance"], "[[surname:Dzhaksybekov|Dzhaksybekov]] pen [[first:Nurlanga|Nurlan]] kuldi, telefon oinady"),
            (5, ["insight"], "[[first:nurlan|Nurlan]]: «apam 15 zhasynda alyp kashylgan, men ony bilmeppin»"),
            (7, ["follow-up"], "[[first:Nurlannyn|Nurlan]] ozi 17de, tugan kuni [[dob:11.11.2007]]. zhuregi auyrady, oiyna ozine kol salu kiredi. tel [[phone:87029913460]]"),
            (8, ["follow-up"], "uiy [[address:Zhanatas, 3 mkr, 22 uy, 5 pater]]. agasynyn koligi [[plate:712 BNA 08]]"),
            (10, ["referral"], "{{150}} berdim, audandyk auruhananyn psihologyna zhazdym"),
        ],
    ),
    # 29 ru (Kyrgyzstan)
    (
        "ru",
        "Токмок",
        ["Нур Сыдыков", "Роман Хван"],
        [
            (0, [], "14 парней, русские, кыргызы, дунгане. [[first:Нур]] и [[first:Роман]] пришли первыми. {{max}} 10 минут на знакомство"),
            (2, ["quote"], "[[surname:Сыдыкову|Сыдыков]] говорю про ала качуу, он: «у нас в Чуйской области это уже редко»"),
            (4, ["resistance"], "[[name:роман хван|Роман,Хван]] сказал, что «у корейцев такого нет, это не про нас». спорили"),
            (6, ["insight"], "[[first:Нурика|Нур]] зацепило: его тетю украли, она вернулась через день и ее не приняли"),
            (8, ["follow-up"], "он же написал [[email:nur.sydykov07@gmail.com]]: двоюродную сестру хотят украсть, она родилась [[dob:2007 ж. 3 апреля]]. тел [[phone:+996 700 883 214]]"),
            (10, ["referral"], "{{111}} и кризисный центр в Бишкеке. написал [[nick:Роме|Рома]] в вотсап"),
        ],
    ),
    # 30 kk mixed (kk + ru)
    (
        "kk",
        "Шиелі",
        [],
        [
            (0, [], "11 жігіт. [[first:Бахытпен|Бахыт]] бірге бастадық, он переводил для двух русскоязычных. Сырдария туралы әзіл"),
            (2, ["quote"], "[[surname:Тұрсынбаев|Тұрсынбаев]]: «ну а чё, қатын ұрмаса түсінбейді»"),
            (3, ["resistance"], "[[first:ержан|Ержан]] в телефоне сидел, [[nick:Ержик|Ержан]] деп шақырсам да қарамады"),
            (6, ["insight"], "[[name:бахыт ерназаров|Бахыт,Ерназаров]]: «әкем ішеді, мамка терпит». бірінші рет айтты"),
            (8, ["follow-up"], "[[first:Бахыттың|Бахыт]] қарындасы 15-те, ее сватают [[desc:аудандағы жалғыз мешіттің имамының немересі]]. тел [[phone:8 (778) 302 41 09]], тг [[handle:@bakha_shieli|bakha_shieli]]"),
            (10, ["referral"], "{{150}} және 111 дал. аудандық {{Әйелдер ісі жөніндегі комиссия}} хатшысына хабарласам"),
        ],
    ),
    # 31 kk, Cyrillic
    (
        "kk",
        "Аягөз",
        [],
        [
            (0, [], "10 жігіт, теміржолшылардың балалары. {{Шәкәрім}} өлеңінен бастадық, Семейден бір жігіт қонақ болды"),
            (2, ["quote"], "[[first:Талғат|Талғат]]: «еркек үйде ыдыс жумайды, ұят»"),
            (3, ["resistance"], "[[first:талғатпен|Талғат]] бірге [[surname:Қасенов|Қасенов]] те қарсы. «{{слава богу}}, біздің ауылда ондай жоқ» дейді орысшалап"),
            (5, ["insight"], "[[first:Ернұр|Ернұр]]: «ағам жеңгемді ұрғанда мен араласпадым, ұяламын»"),
            (7, ["follow-up"], "[[first:Ернұрдың|Ернұр]] жеңгесі [[first:Гүлжан]] әлі сол үйде. ол [[desc:стансадағы жалғыз медбике]]. ағасының тел емес, өзінікі: [[phone:+7 776 145 60 82]]"),
            (9, ["referral"], "{{111}}, 150 бердім, учаскелік [[name:Серік Мұқашев|Серік,Мұқашев]] ағаға хабарламаймыз — ол ағасының досы"),
        ],
    ),
    # 32 ru (Kyrgyzstan, south)
    (
        "ru",
        "Джалал-Абад",
        [],
        [
            (0, [], "16 ребят, кыргызы и узбеки. про Арсланбоб и орехи, потом к теме"),
            (2, ["quote"], "байке, говорит [[first:Азизбек|Азизбек]], «жена без разрешения мужа из дома не выходит»"),
            (3, ["resistance"], "[[surname:Абдуллаев|Абдуллаев]] и [[first:Нурсултанчик|Нурсултан]] спорили, потом ушли"),
            (5, ["insight"], "у него отец в Казани третий год, мама одна тянет 4 детей. он понял, кто «сильный»"),
            (7, ["follow-up"], "[[nick:Азиз|Азизбек]] боится за сестру [[first:Мадину]], ее хотят отдать за [[desc:сына единственного директора школы в Сузаке]]. Мадина [[dob:род. 29.09.2007]]"),
            (9, ["follow-up", "referral"], "его тел [[phone:+996 779 16 03 48]], почта [[email:aziz.ja2007@mail.ru]]. дал {{111}} и кризисный центр (уточнить название)"),
        ],
    ),
    # 33 en (Tajikistan)
    (
        "en",
        "Khujand",
        ["Bahodir Sharipov", "Rustam Ismoilov"],
        [
            (0, [], "12 young men at the youth centre. opened with {{Kamoli Khujandi}} poem, then Syr Darya photos"),
            (2, ["quote"], "a friend of [[first:Bahodir]] said in uzbek (he translated for me): 'a wife should ask before going out'"),
            (4, ["resistance"], "[[surname:Ismoilov|Ismoilov]] said 'my mother is happy, stop this'. his friend agreed with him"),
            (6, ["insight"], "[[name:bahodir sharipov|Bahodir,Sharipov]] said his aunt was married at 15 and 'she is 30 and looks 50'"),
            (8, ["follow-up"], "[[first:Rustam]] texted after, [[handle:@rus_khj|rus_khj]]: his neighbour girl (DOB [[dob:2008 Jan 04]]) will be married to [[desc:the only bus driver from Gafurov who owns a Kamaz]]"),
            (10, ["referral"], "shared the women's resource centre and {{OSCE}} legal aid. his phone [[phone:+992 92 771 08 34]], [[first:Rustam]] aka {{will}} call me"),
        ],
    ),
    # 34 kk, Latin 2018 (acute)
    (
        "kk",
        "Taldyqorǵan",
        [],
        [
            (0, [], "14 jigit. Jetisý týraly, {{Ilıas Jansúgirov}} óleńi"),
            (2, ["quote"], "[[first:Dáýletbek|Dáýletbek]]: «áıel adam kólik júrgizbeýi kerek»"),
            (3, ["resistance"], "[[surname:Ámirov|Ámirov]] pen [[first:Temirlanǵa|Temirlan]] bári ázil boldy, «Alash zamanynda basqasha edi» dedi"),
            (6, ["insight"], "[[first:Temirlan]]: «apaıym kúıeýinen qashyp keldi, biz qabyldadyq, qazir ol {{baqytty}}». jaqsy"),
            (8, ["follow-up"], "[[nick:Temiq|Temirlan]] jeke sóıledi: ózin-ózi óltirý oıy bar. týǵan kúni [[dob:2007-jyl 2-aqpan]], nómiri [[phone:+7 (771) 249 88 15]], JSN [[iin:070202550917]]"),
            (9, ["referral"], "{{150}} berdim, qalalyq jastar ortalyǵynyń psıhologyna jazdym. úıi [[address:Jansúgirov kóshesi 118, 34 páter]]"),
        ],
    ),
    # 35 ru mixed (ru + en)
    (
        "ru",
        "Кара-Балта",
        [],
        [
            (0, [], "13 парней, половина ходит в english club. TikTok и Instagram обсуждали — кто сколько сидит"),
            (2, ["quote"], "[[first:тимур|Тимур]]: «bro, if she has a job she'll leave you, это факт»"),
            (3, ["resistance"], "[[surname:Шаршенов|Шаршенов]]: «this is NGO stuff, им платят из {{Америки}}»"),
            (5, ["insight"], "[[nick:Тимка|Тимур]] after break: «my dad hit mom last week, я не знаю что делать»"),
            (7, ["follow-up"], "[[name:тимур алымкулов|Тимур,Алымкулов]] д.р. [[dob:30.08.07]], тел [[phone:+996 553 90 12 47]], insta [[link:instagram.com/timur.kb07|timur.kb07]]. живет [[address:ул. Кирова 5, кв 19]]"),
            (9, ["referral"], "{{111}}, 112, кризисный центр. [[first:Даниярга|Данияр]] сказал присмотреть за ним"),
        ],
    ),
    # 36 kk, Cyrillic
    (
        "kk",
        "Жалағаш",
        [],
        [
            (0, [], "12 жігіт. күріш алқабынан келгендер көп. {{Қорқыт ата}} мен {{Байқоңыр}} туралы сөйлестік"),
            (2, ["quote"], "[[first:Абылай|Абылай]]: «қыз алып қашу — батырлық»"),
            (3, ["resistance"], "[[surname:Әлімжановтар|Әлімжанов]] әулеті солай үйленген, дейді [[first:Абылайдың|Абылай]] досы [[first:Санжар]]"),
            (5, ["insight"], "[[first:санжар|Санжар]]: «әпкемді алып қашқанда ол жылап отырды, мен ұмытпаймын»"),
            (7, ["follow-up"], "оның немере қарындасы 16-да, туған күні [[dob:7 ақпан 2008 ж.]]. оны [[desc:ауылдағы жалғыз жанармай бекетінің иесінің ұлы]] алып қашпақ. тел [[phone:8 777 503 16 94]]"),
            (9, ["referral"], "{{150}}, 112 бердім, бұл біздің кішкентай {{жеңісіміз}}. мектептегі [[name:Роза Ахметқызы|Роза,Ахметқызы]] эжеге айтамын"),
        ],
    ),
    # 37 ru (Uzbekistan)
    (
        "ru",
        "Фергана",
        [],
        [
            (0, [], "15 ребят, в махаллинском центре. вспомнили аль-Фергани, потом про работу в Ташкенте"),
            (2, ["quote"], "[[first:Дилшод|Дилшод]]: «жена должна быть моложе и проще, иначе командовать будет»"),
            (3, ["resistance"], "[[surname:Мирзаев|Мирзаев]] и [[first:Баходиром|Баходир]] смеялись. «это не наше, это по ТВ показывают»"),
            (6, ["insight"], "он же: «мама стирает руками, отец телевизор смотрит. я раньше не думал»"),
            (8, ["follow-up"], "у него двоюродная сестра, 16, сватают. ее д.р. [[dob:16-05-2008]]. живут [[address:г. Фергана, махалля Янги Чек, ул. Мустакиллик 12]], тел [[phone:+998 (90) 563-21-07]]"),
            (9, ["follow-up"], "паспорт сестры хотят «исправить» на 18, номер [[passport:AC 4410923]]. машина свата [[plate:40 B 712 KA]]"),
            (11, ["referral"], "сказал обратиться к [[name:Малика Рашидова|Малика,Рашидова]] опа в махалле, и про {{UNICEF}}"),
        ],
    ),
    # 38 ru (Kazakhstan)
    (
        "ru",
        "Семей",
        [],
        [
            (0, [], "17 парней, колледж. разминка про {{Достоевского}}, он тут жил, и про полигон"),
            (2, ["quote"], "[[first:Арман|Арман]]: «если жена зарабатывает больше, это позор для мужа»"),
            (3, ["resistance"], "[[surname:Волков|Волков]] смеялся, кто-то поддержал. «в {{Казахстане}} мужик главный»"),
            (5, ["insight"], "[[first:Алтынай|Алтынай]] (сестра [[first:Армана|Арман]], пришла за ним) сказала из двери: «папа маму бьет, а вы тут про равенство»"),
            (7, ["follow-up"], "он подошел после, плакал. д.р. [[dob:рожд. 21.07.2006]], тел [[phone:8-705-444-18-90]], живет [[address:ул. Шакарима 113, кв 41]]"),
            (8, ["follow-up"], "отец — [[desc:единственный хирург в поселке Шульбинск]], все его боятся. машина [[plate:511 AOS 18]]"),
            (10, ["referral"], "{{150}}, 111 и кризисный центр. написал ему вечером"),
        ],
    ),
    # 39 en (Tajikistan, Pamir)
    (
        "en",
        "Khorog",
        [],
        [
            (0, [], "11 guys at the {{Aga Khan}} youth centre. talked about Pamir and migration to Russia"),
            (2, ["quote"], "[[first:Daler|Daler]]: 'here it's different, our girls study, but a man still decides'"),
            (3, ["resistance"], "[[surname:Mamadnazarov|Mamadnazarov]] said the session is 'for Dushanbe people, not for us'"),
            (5, ["insight"], "[[first:Alisher|Alisher]] told us his mother is [[desc:the only woman truck driver on the Pamir Highway]] and people mock his father"),
            (7, ["follow-up"], "[[first:Alisher]] asked me later about a friend who talks about jumping from the bridge. his phone [[phone:+992 935 20 41 77]], email [[email:alisher.pamir07@yandex.ru]]"),
            (9, ["referral"], "gave the psychologist at the hospital and {{UNICEF}} contacts, he {{will}} text me tomorrow. he was born [[dob:Feb 3rd, 2007]]"),
        ],
    ),
    # 40 ru (Kyrgyzstan)
    (
        "ru",
        "Кызыл-Кия",
        ["Адилет Мамбетов", "Эрмек Кадыров"],
        [
            (0, [], "12 парней, шахтерский город. начали с {{Курманжан датка}}: женщина правила, а вы что?"),
            (2, ["quote"], "[[first:адилет|Адилет]]: «мужик дома — хан, жена — слуга», ржали"),
            (3, ["resistance"], "[[surname:Кадыров|Кадыров]] сказал «эже, вы нас не переделаете». [[first:Эрмеку|Эрмек]] было стыдно"),
            (5, ["insight"], "[[name:эрмек кадыров|Эрмек,Кадыров]]: «мой брат украл жену, она сбежала через неделю, теперь все ее позорят»"),
            (7, ["follow-up"], "[[first:эрмек|Эрмек]]: жена брата, [[first:Бегимай]], у соседей, боится. его тел [[phone:0 (777) 41 85 26]], ватсап тот же"),
            (8, ["follow-up"], "дом брата [[address:Кызыл-Кия, ул. Манаса 27]]. брат водит [[plate:06 KG 482 AEB]]"),
            (10, ["referral"], "{{111}}, 112 и кризисный центр в {{Баткене}}. позвоню ему в пятницу"),
        ],
    ),
]
