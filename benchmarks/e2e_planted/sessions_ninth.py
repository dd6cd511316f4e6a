# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
#
# Ninth set. Towns: Kokshetau, Shchuchinsk, Zerendi, Taldykorgan, Tekeli, Semey, Ayagoz, Turkistan,
# Kentau, Taraz, Shu, Kyzylorda, Pavlodar, Oral, Petropavl (Kazakhstan); Karakol, Naryn, Kara-Suu,
# Nookat, Uzgen, Aravan, Jalal-Abad (Kyrgyzstan); Andijan, Fergana, Margilan, Kokand, Termez, Denau,
# Namangan (Uzbekistan); Kulob, Khujand, Penjikent, Tursunzoda (Tajikistan). Six facilitators:
#   F1 types everything lower case, no capitals, little punctuation, speaker labels "name: ..." (kk, ru)
#   F2 types Kazakh in the 2021 Latin alphabet (one session all lower case)
#   F3 types Russian with Kyrgyz / Uzbek words glued in; one session typed in phone transliteration
#      (Russian in Latin letters: her own habit when the Cyrillic keyboard is not at hand)
#   F4 writes careful English with Uzbek honorifics (aka, opa)
#   F5 uses nicknames, diminutives and honorifics for everyone (kk, ru)
#   F6 writes long notes with addresses, documents and dates of birth (kk, ru, en)

# The first number of each note is its step (0-11); the writer's minutes were mapped to steps in order.
SESSIONS = [
    (
        "kk",
        "Көкшетау",
        [],
        [
            (
                0,
                [],
                "көкшетау 7 мектеп 12 жігіт келді [[first:әлібек]] бірінші рет [[first:ернұрмен|ернұр]] бірге келді",
            ),
            (
                2,
                ["quote"],
                "[[first:ернұр]]: қыздың телефонын тексеру бұл қамқорлық деді [[first:әлібектің|әлібек]] ойынша бұл бақылау",
            ),
            (
                4,
                ["resistance"],
                "[[nick:тоқа]] күлді сосын айтты әйел ер адамнан рұқсат сұрауы керек [[surname:сәрсенбаев]] оны қолдады",
            ),
            (
                6,
                ["insight", "follow-up"],
                "[[first:әлібекке|әлібек]] үзілістен кейін сөйлестім әпкесін жездесі ұрады екен {{150}} нөмірін бердім телефоны "
                "[[phone:8 702 555 47 13]]",
            ),
            (8, [], "отбасы {{бақыты}} деген не деп сұрадым бәрі ақша деді тек бір бала сыйластық деді"),
            (
                10,
                [],
                "соңында {{көкшетау}} көліне барамыз деп келістік [[desc:вокзал жанындағы жалғыз наубайхана иесінің немересі]] нан "
                "әкелемін деді",
            ),
        ],
    ),
    (
        "ru",
        "Кокшетау",
        ["Данияр Ахметов", "Руслан Ким"],
        [
            (
                0,
                [],
                "кокшетау колледж 10 парней [[name:данияр ахметов|данияр,ахметов]] и [[name:руслан ким|руслан,ким]] пришли вместе "
                "из общаги",
            ),
            (
                2,
                ["quote"],
                "[[first:руслан]]: если девушка не отвечает на звонок значит что то скрывает [[first:данияр]] сказал что сам так "
                "проверяет",
            ),
            (
                4,
                ["insight"],
                "у [[first:данияра|данияр]] старший брат уехал на заработки в {{россию}} и он теперь главный дома говорит что мать "
                "его слушает",
            ),
            (
                6,
                ["resistance"],
                "[[surname:ким]] сказал что ревность это любовь [[nick:дэн]] спорил с ним до конца",
            ),
            (
                8,
                ["follow-up"],
                "[[first:руслану|руслан]] дал {{111}} у него проблемы с отчимом его инстаграм [[handle:@ruslan_kokshe_17]] живет "
                "[[address:мкр васильковский 12 кв 58]]",
            ),
            (
                10,
                [],
                "в следующий раз тема алкоголь [[first:данияр]] обещал привести [[first:тимура|тимур]] из 3 группы",
            ),
        ],
    ),
    (
        "kk",
        "Талдықорған",
        [],
        [
            (
                0,
                [],
                "талдықорған жастар орталығы 14 бала [[first:айбар]] [[first:нұрсұлтан]] [[first:мейірхан]] алдымен келді",
            ),
            (
                2,
                ["quote"],
                "[[first:мейірхан]] айтты үйдің жұмысы әйелдікі мен ыдыс жумаймын [[first:айбардың|айбар]] әкесі тамақ істейді "
                "екен бәрі таң қалды",
            ),
            (
                4,
                ["insight"],
                "[[first:нұрсұлтанның|нұрсұлтан]] шешесі {{оңтүстік кореяда}} жұмыс істейді ол әжесімен тұрады үйдің бәрін өзі "
                "істейді",
            ),
            (
                6,
                ["resistance"],
                "[[nick:боксшы]] деп аталатын бала ұрғанды мақтан көрді [[surname:төлеуғазиев]] екеуі бір жақта болды",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[first:айбарға|айбар]] {{111}} және {{150}} бердім телефоны [[phone:8 747 555 20 96]] ертең "
                "[[first:мейірханмен|мейірхан]] бірге психологқа барады",
            ),
            (10, [], "соңында бәрі [[first:мейірханды|мейірхан]] топ басшысы етіп сайлады"),
        ],
    ),
    (
        "ru",
        "Талдыкорган",
        [],
        [
            (
                0,
                [],
                "талдыкорган школа 19 9 парней [[first:алихан]] опоздал [[first:стас]] привел двоюродного брата",
            ),
            (2, ["quote"], "[[first:стас]]: если жена зарабатывает больше то мужик уже не мужик"),
            (4, ["quote"], "[[first:алихан]]: у нас в подъезде сосед бьет жену все слышат и молчат"),
            (
                7,
                ["insight"],
                "[[first:алихану|алихан]] страшно звонить в полицию сказал что [[surname:петренко]] из 4 подъезда сам участковый "
                "его машина [[plate:248 ALM 19]] всегда во дворе",
            ),
            (
                9,
                ["follow-up"],
                "дал {{112}} и {{150}} объяснил что можно анонимно [[first:стасу|стас]] дал номер [[phone:+7 777 555 31 40]] и "
                "почту [[email:stas.taldyk@mail.ru]]",
            ),
            (
                11,
                [],
                "[[nick:малой]] младший брат [[first:стаса|стас]] сказал что в тиктоке все пацаны смеются над такими темами",
            ),
        ],
    ),
    (
        "ru",
        "Щучинск",
        ["Олжас Бекенов"],
        [
            (
                0,
                [],
                "щучинск 11 парней из колледжа лесного хозяйства [[name:олжас бекенов|олжас,бекенов]] помогал раздавать листы",
            ),
            (
                3,
                ["resistance"],
                "[[first:влад]] сказал что если девушка выпила то сама виновата [[first:олжас]] его остановил",
            ),
            (5, ["quote"], "[[first:влад]]: пацаны после двух бутылок всегда драку ищут это нормально"),
            (
                8,
                ["insight"],
                "у [[first:олжаса|олжас]] дядя пьет и гоняет тетю с детьми по ночам они прячутся у соседки [[first:веры|вера]]",
            ),
            (
                10,
                ["follow-up"],
                "[[surname:бекенову|бекенов]] дал {{150}} и адрес кризисного центра в {{кокшетау}} его номер [[phone:8 771 555 09 "
                "28]]",
            ),
        ],
    ),
    (
        "kk",
        "Текелі",
        [],
        [
            (0, [], "текелі 3 мектеп 8 жігіт келді [[first:бақыт]] пен [[first:жасұлан]] ағайынды"),
            (3, ["quote"], "[[first:бақыт]]: қыз алып қашу біздің салт оны ешкім тоқтата алмайды"),
            (
                5,
                ["insight"],
                "[[first:жасұланның|жасұлан]] апасын өткен жылы алып қашқан 17 жаста болған қазір [[address:ескелді ауылы абай "
                "көшесі 14]] тұрады",
            ),
            (
                8,
                ["resistance"],
                "[[first:мұрат ағай|мұрат]] деп жүрген ересек жігіт есік алдында тұрды ішкені байқалды бәрі үндемей қалды",
            ),
            (
                10,
                ["follow-up"],
                "[[first:бақытқа|бақыт]] {{1414}} туралы айттым телефоны [[phone:8 705 555 72 61]] [[desc:текелі кенішіндегі "
                "жалғыз әйел жүргізушінің баласы]] де тыңдады",
            ),
        ],
    ),
    (
        "kk",
        "Зеренді",
        [],
        [
            (
                0,
                [],
                "зеренді ауылы 9 жігіт [[first:самат]] [[first:арсен]] [[first:шыңғыс]] бәрі футболдан кейін келді",
            ),
            (
                2,
                ["quote"],
                "[[first:шыңғыс]]: әйелің сенің рұқсатыңсыз жұмысқа шықпауы керек [[first:арсеннің|арсен]] ағасы да солай дейді",
            ),
            (
                4,
                ["insight"],
                "[[first:саматтың|самат]] әкесі ресейде жұмыста шешесі бір өзі үйді алып жүр [[first:самат]] інісін өзі бағады",
            ),
            (
                6,
                ["resistance"],
                "[[surname:оспанов]] мұғалім сабаққа кіріп кетті ұлдар тыныш қалды оның баласы [[first:ернар]] бәрін айтып береді "
                "деп қорықты",
            ),
            (
                8,
                ["follow-up"],
                "[[first:шыңғысқа|шыңғыс]] вотсапқа жаздым [[phone:+7 700 555 18 44]] {{150}} нөмірін де бердім",
            ),
            (10, [], "келесі жолы {{мағжан}} өлеңдерін оқимыз {{зеренді}} кітапханасынан кітап алдық"),
        ],
    ),
    (
        "kk",
        "Семей",
        [],
        [
            (0, [], "Bügın Semeide 13 jıgıt keldı. [[first:Dänial]] men [[first:Ernūr]] medkolledjden."),
            (
                2,
                ["quote"],
                "[[first:Ernūr]]: «Qyzdyñ telefonyn tekseru — qamqorlyq». [[first:Dänialdyñ|Dänial]] oiynşa būl baqylau.",
            ),
            (
                4,
                ["insight"],
                "[[first:Ernūrdyñ|Ernūr]] äkesı Reseide jūmys ısteidı, şeşesımen qalğan. Ol ündemei otyrdy, keiın [[first:Asqar]] "
                "ekeuı söilestı.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Jeke]] külıp, «äiel ūrsa, özı kınälı» dedı. [[surname:Nūrlanov]] ony qoldady.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Ernūrğa|Ernūr]] {{150}} nömırın berdım, telefony [[phone:8 707 555 36 82]], instagramy "
                "[[handle:@ernur.semei]].",
            ),
            (
                10,
                [],
                "Kelesı joly {{Abai}} muzeiıne baramyz, [[first:Asqar]] bastap aparady. Ärkımnıñ öz {{armany}} bar dep "
                "aiaqtadyq.",
            ),
        ],
    ),
    (
        "kk",
        "Семей",
        ["Arman Säbitov", "Nūrbol Qasymov"],
        [
            (
                0,
                [],
                "Semei, 12 mektep. [[name:Arman Säbitov|Arman,Säbitov]] jäne [[name:Nūrbol Qasymov|Nūrbol,Qasymov]] bırınşı ret "
                "keldı.",
            ),
            (3, ["quote"], "[[first:Nūrbol]]: «Er adam jylamaidy, men jylağan emespın»."),
            (
                5,
                ["insight"],
                "[[first:Armannyñ|Arman]] ağasy qalyñdyqty 16 jasynda alyp qaşqan. Qazır olar [[address:Semei, Jañasemei, "
                "Qūrylysşylar köşesı 17, 4 päter]] tūrady.",
            ),
            (
                8,
                ["resistance", "quote"],
                "[[surname:Qasymov]] aitty: «Bızdıñ auylda qyz 18-ge deiın tūrmysqa şyqpasa, atyn ūmytady».",
            ),
            (
                10,
                ["follow-up", "referral"],
                "[[first:Armanğa|Arman]] {{111}} jäne Semeidegı {{Şañyraq}} dağdarys ortalyğy turaly aittym, nömırı [[phone:+7 747 "
                "555 64 07]].",
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
                "Türkıstanda 15 jıgıt, köbı kolledjden. [[first:Ūlan]], [[first:Beibarys]], [[first:Sanjar]] aldyñğy qatarda "
                "otyrdy.",
            ),
            (
                3,
                ["quote"],
                "[[first:Beibarys]]: «Äielım mağan bağynuy kerek, äiteuır men otbasy basşysymyn».",
            ),
            (
                5,
                ["insight"],
                "[[first:Sanjardyñ|Sanjar]] äpkesın 17 jasynda tūrmysqa bergen, mektepten şyğaryp alğan. Ol {{Qoja Ahmet Iassaui}} "
                "kesenesınıñ janynda tūrady.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Bäke]] degen bala külıp otyrdy, «qyz alyp qaşu — salt» dedı. [[first:Ūlannyñ|Ūlan]] onymen kelıspedı.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Sanjarğa|Sanjar]] {{150}} berdım. Telegramy [[link:t.me/sanjar_turkistan05]], telefony [[phone:8 778 555 "
                "12 39]].",
            ),
        ],
    ),
    (
        "kk",
        "Кентау",
        [],
        [
            (
                0,
                [],
                "kentau 2 mektep 10 jıgıt keldı [[first:nūrsūltan]] keşıgıp keldı [[first:erasyl]] ınısın ertıp keldı",
            ),
            (2, ["quote"], "[[first:erasyl]]: üidegı jūmys äieldıkı men ydys jumaimyn dedı"),
            (
                4,
                ["insight"],
                "[[first:nūrsūltannyñ|nūrsūltan]] äkesı ışıp kelıp anasyn ūrady ol tünde [[first:erasyldyñ|erasyl]] üiınde qonady",
            ),
            (6, ["resistance"], "[[nick:tūiaq]] degen jıgıt ol jeke mäsele ışke kırmeu kerek dedı"),
            (
                8,
                ["follow-up"],
                "[[first:nūrsūltanğa|nūrsūltan]] {{150}} jäne {{112}} nömırlerın berdım anasynyñ telefony [[phone:8 (72536) "
                "5-55-81]]",
            ),
            (10, [], "kelesı joly alkogol taqyryby [[first:erasyl]] özı bastaidy"),
        ],
    ),
    (
        "kk",
        "Аягөз",
        ["Dias Eleubaev"],
        [
            (0, [], "Aiagözde 9 jıgıt. [[name:Dias Eleubaev|Dias,Eleubaev]] ūiymdastyruşyğa kömektestı."),
            (3, ["quote"], "[[first:Temırlan]]: «Nağyz er adam äielın qyzğanady, qyzğanbasa süimeidı»."),
            (
                5,
                ["insight"],
                "[[first:Diastyñ|Dias]] aituynşa, [[first:Temırlannyñ|Temırlan]] qūrbysynyñ telefonyn kün saiyn tekseredı, parolın "
                "sūraidy.",
            ),
            (
                7,
                ["resistance"],
                "[[nick:Temıreke]] özı: «Ol menıñ qyzym, menıñ ūqyğym bar» dedı. Topta [[surname:Eleubaev]] ğana qarsy şyqty.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Temırlanğa|Temırlan]] {{Jastar resurstyq ortalyğy}} turaly aittym. Onyñ poştasy "
                "[[email:temirlan.ayagoz@gmail.com]].",
            ),
            (11, [], "[[desc:Aiagöz vokzalyndağy jalğyz şaştaraz äieldıñ ūly]] kelesı joly dosyn äkeledı."),
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
                "Türkıstan, Jastar üiı, 11 jıgıt. [[first:Ämır]], [[first:Äbdırahman]] jäne [[first:Nūrdäulet]].",
            ),
            (
                3,
                ["quote"],
                "[[first:Äbdırahman]] aitty: «Qyz ben jıgıt teñ emes». Imam [[first:Ğani]] ony basqaşa tüsındıredı dep "
                "[[first:Ämır]] qarsy şyqty.",
            ),
            (
                6,
                ["insight"],
                "[[first:Nūrdäulettıñ|Nūrdäulet]] ağasy {{Qazanda}} jūmys ısteidı, aqşa jıberedı, bıraq telefonmen anasyn "
                "baqylaidy: «Qaida jürsıñ?»",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Ämırge|Ämır]] {{150}} jäne {{1414}} nömırlerın berdım. Onyñ tuğan künı [[dob:12.03.2009]], mektep "
                "qağazyna kerek.",
            ),
            (11, [], "[[nick:Däke]] ([[first:Nūrdäulet]]) kelesı joly oiyn ornyn özı ūsynady."),
        ],
    ),
    (
        "kk",
        "Семей",
        [],
        [
            (0, [], "Semei, universitet janyndağy klub, 8 jıgıt. [[first:Alisher]] bärın tanystyrdy."),
            (
                3,
                ["resistance"],
                "[[first:Miras]] «feminizm — batystyñ oiy» dedı. [[first:Alisherdıñ|Alisher]] äpkesı {{Astanada}} zañger, ol "
                "basqaşa oilaidy.",
            ),
            (5, ["quote"], "[[first:Talğat]]: «Nağyz er degen — ündemeu, eşkımge şağymdanbau»."),
            (
                8,
                ["insight"],
                "[[first:Mirastyñ|Miras]] äkesı ony 14 jasynan berı ūrady. Mekenjaiy [[address:Semei, Abai köşesı 98, 23 päter]]. "
                "[[first:Talğatpen|Talğat]] bırge tūrady, ol [[dob:2008 jylğy 4 säuır]] tuğan.",
            ),
            (
                10,
                ["follow-up", "referral"],
                "[[first:Mirasqa|Miras]] {{111}} berdım, erteñ mektep psihologymen söilesemın. Telefony [[phone:+7 (7222) "
                "55-51-20]].",
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
                "Каракол, лицей №5, 12 балдар. [[first:Бекболот]] привел двух иниси, [[first:Улук]] опоздал.",
            ),
            (2, ["quote"], "[[first:Улук]]: «Ала качуу — это наш салт, эже, без него кыргыз кыргыз эмес»."),
            (
                4,
                ["insight"],
                "[[first:Бекболоттун|Бекболот]] эжеси в 17 лет была украдена, сейчас живет в {{Тюпе}}, муж запрещает ей телефон.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Боорсок]] смеялся: «Если жена не слушается — сама виновата». Остальные молчали.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Бекболоту|Бекболот]] дала {{111}} и номер кризисного центра {{Сезим}}. Его номер [[phone:0 (555) "
                "41-27-93]].",
            ),
            (
                10,
                [],
                "[[surname:Асанакунов]] — классный руководитель — просил держать его в курсе, он папа [[first:Улука|Улук]].",
            ),
        ],
    ),
    (
        "ru",
        "Нарын",
        ["Эрлан Токтогулов", "Нурсултан Жумабеков"],
        [
            (
                0,
                [],
                "Нарын, ДЮСШ, 10 жигиттер. [[name:Эрлан Токтогулов|Эрлан,Токтогулов]] и [[name:Нурсултан "
                "Жумабеков|Нурсултан,Жумабеков]] пришли с тренером.",
            ),
            (3, ["quote"], "[[first:Эрлан]]: «Жена должна спрашивать уруксат, чтобы выйти к подругам»."),
            (
                5,
                ["insight"],
                "Говорили про {{Токтогула}} и его песни о женщинах, [[first:Нурсултан]] сам спел куплет. На чай принесли "
                "{{боорсок}} от мамы одного из ребят.",
            ),
            (
                7,
                ["resistance"],
                "[[surname:Жумабеков]] сказал: «У нас девушек мало, если не украдешь — останешься один».",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Эрлану|Эрлан]] дала {{112}} и {{111}}. Его ватсап [[phone:+996 700 55 34 82]], тикток "
                "[[handle:@erlan_naryn_boy]].",
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
                "naryn, vtoraya gruppa, 9 parnei. [[first:adilet]] privel [[nick:kubu|kuba]], oba iz sela, [[first:adilet]] zhivet "
                "[[address:Ak-Kyya, ul. Lenina 41]]",
            ),
            (
                3,
                ["quote"],
                "[[first:adilet]]: «esli devushka s drugim parnem govorit, ya imeyu pravo revnovat»",
            ),
            (
                5,
                ["resistance"],
                "[[nick:kuba]] skazal chto na zarabotkah vse muzhiki p'yut i eto normal'no, [[first:adiletu|adilet]] bylo nelovko",
            ),
            (
                8,
                ["insight"],
                "u [[first:adileta|adilet]] otec v {{Moskve}}, mat' odna s 4 det'mi, on hochet tozhe uehat' posle 11 klassa",
            ),
            (
                10,
                ["follow-up"],
                "dala {{111}}, nomer [[first:adileta|adilet]] [[phone:0700 55 61 19]], insta "
                "[[link:instagram.com/adilet.naryn07]]",
            ),
        ],
    ),
    (
        "ru",
        "Кара-Суу",
        [],
        [
            (
                0,
                [],
                "Кара-Суу, 14 бала из махалли возле базара. [[first:Жавохир]] и [[first:Сардорбек]] переводили на узбекский.",
            ),
            (
                3,
                ["quote"],
                "[[first:Сардорбек]]: «Келин должна вставать первой и всё делать, иначе какая она келин».",
            ),
            (
                5,
                ["insight"],
                "У [[first:Жавохира|Жавохир]] акаси в Москве на стройке три года, дома [[first:Жавохир]] за главного, сестру не "
                "пускает в колледж.",
            ),
            (
                7,
                ["resistance"],
                "[[nick:Кичкина]] (самый младший) сказал: «Ота-она решают, на ком жениться, это не наше дело».",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Сардорбеку|Сардорбек]] дала {{111}}, номер его отца [[phone:+996 (779) 55-08-31]]. [[desc:сын "
                "единственного ветеринара на карасуйском скотном базаре]] тоже попросил номер.",
            ),
            (11, [], "В конце каждый сказал одно {{тилек}} для сестры: «пусть учится»."),
        ],
    ),
    (
        "ru",
        "Ноокат",
        ["Азизбек Мамытов"],
        [
            (
                0,
                [],
                "Ноокат, школа имени {{Жусупа Баласагына}}, 11 уулдар. [[name:Азизбек Мамытов|Азизбек,Мамытов]] староста.",
            ),
            (
                3,
                ["quote"],
                "[[first:Азизбек]]: «Если сестра выйдет замуж после 20, люди скажут — калып калды».",
            ),
            (
                5,
                ["insight"],
                "У [[first:Азизбека|Азизбек]] сестра [[first:Нургуль]] просватана в 16 лет, никах без ЗАГСа, по {{Семейному "
                "кодексу}} так нельзя.",
            ),
            (
                8,
                ["resistance"],
                "[[first:Мирлан ага|Мирлан]], сосед, пришел и сказал, что такие темы не для ноокатских пацанов.",
            ),
            (
                10,
                ["follow-up", "referral"],
                "[[surname:Мамытову|Мамытов]] дала {{111}} и адрес кризисного центра в {{Оше}}. Почта "
                "[[email:azizbek.mamytov@list.ru]].",
            ),
        ],
    ),
    (
        "ru",
        "Узген",
        [],
        [
            (
                0,
                [],
                "Узген, 10 парней, половина узбеки. [[first:Улугбек]] и [[first:Тилек]] спорили с начала.",
            ),
            (3, ["quote"], "[[first:Тилек]]: «Келин в айыле — это рабочие руки, для этого и женят»."),
            (
                5,
                ["insight"],
                "Мама [[first:Тилека|Тилек]] работает в {{Турции}} сиделкой, отец пьет, [[first:Улугбек]] говорит, что "
                "[[first:Тилек]] ночует у них.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Полковник]] (отец одного из ребят, бывший милиционер) заглянул и сказал, что это всё западная пропаганда.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Улугбеку|Улугбек]] и [[first:Тилеку|Тилек]] дала {{111}}. [[first:Тилек]] дал номер [[phone:0 777 55 19 "
                "46]].",
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
                "Каракол, колледж, 8 пацанов, пришли с волейбола. [[first:Айбек]], [[first:Нурлан]], [[first:Дастан]].",
            ),
            (1, ["quote"], "[[first:Дастан]]: «Если пацан делает уборку — он подкаблучник»."),
            (
                2,
                ["insight"],
                "У [[first:Нурлана|Нурлан]] мать уехала в {{Корею}}, он сам стирает и готовит, стесняется этого. [[first:Айбек]] "
                "поддержал его.",
            ),
            (
                3,
                ["resistance"],
                "[[surname:Осмонкулов]] (отец [[first:Дастана|Дастан]]) звонил мне вечером, ругался, что мы учим сыновей быть "
                "бабами.",
            ),
            (
                4,
                ["follow-up"],
                "Номер [[surname:Осмонкулова|Осмонкулов]] [[phone:+996 552 55 70 14]] — записала на всякий случай. "
                "[[first:Нурлану|Нурлан]] дала {{111}}.",
            ),
            (5, [], "На стене у них плакат «{{Вера}} в себя» — обсудили, что это значит для парня."),
            (
                6,
                [],
                "Договорилась с [[first:Нурланом|Нурлан]], что в следующий раз он расскажет группе про свою неделю дома.",
            ),
        ],
    ),
    (
        "en",
        "Andijan",
        ["Jahongir Tursunov", "Otabek Karimov"],
        [
            (
                0,
                [],
                "Andijan, youth centre near the {{Bobur}} literary museum. Eleven participants, including [[name:Jahongir "
                "Tursunov|Jahongir,Tursunov]] and [[name:Otabek Karimov|Otabek,Karimov]].",
            ),
            (
                3,
                ["quote"],
                "[[first:Otabek]] said: “If my sister wants to study in Tashkent, my father decides, not her.”",
            ),
            (
                5,
                ["insight"],
                "[[first:Jahongir's|Jahongir]] elder brother works in Russia; [[first:Jahongir]] sends him a photo of their mother "
                "every evening so the brother can “check” that she is at home.",
            ),
            (
                8,
                ["resistance"],
                "[[surname:Karimov]] insisted that a man who cooks is a joke; [[nick:Sher]] laughed the loudest.",
            ),
            (
                10,
                ["follow-up"],
                "I gave [[first:Jahongir]] the {{112}} number and my own contact. His phone: [[phone:+998 (74) 555-21-38]].",
            ),
        ],
    ),
    (
        "en",
        "Fergana",
        [],
        [
            (
                0,
                [],
                "Fergana, college of light industry, fourteen young men aged 16–19. [[first:Ulugbek]] arrived late with "
                "[[first:Doniyor]].",
            ),
            (3, ["quote"], "[[first:Doniyor]]: “A real man never lets his wife earn more than him.”"),
            (
                5,
                ["insight"],
                "[[first:Ulugbek's|Ulugbek]] cousin was married at seventeen; the wedding was arranged by [[first:Hamid "
                "aka|Hamid]], the uncle, before she finished school.",
            ),
            (8, ["resistance"], "[[nick:Polvon]], as the group calls him, said that jealousy proves love."),
            (
                10,
                ["follow-up"],
                "[[first:Doniyor]] asked for help privately. His Telegram is [[handle:@doniyor_fargona]]; e-mail "
                "[[email:doniyor.r2007@mail.ru]]. I also noted the {{mahalla}} women's committee contact.",
            ),
        ],
    ),
    (
        "en",
        "Termez",
        ["Bekzod Nazarov"],
        [
            (
                0,
                [],
                "Termez, Surkhandarya region. Nine participants; [[name:Bekzod Nazarov|Bekzod,Nazarov]] helped me translate into "
                "Uzbek.",
            ),
            (
                2,
                ["quote"],
                "[[first:Umid]] said: “When a man comes back from Russia, his wife must account for every som.”",
            ),
            (
                4,
                ["insight"],
                "[[first:Umid's|Umid]] father works in Yekaterinburg; his mother cannot leave the house without his grandmother's "
                "permission.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Bekzod]] warned that some fathers will complain to the school director.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Umid]] lives at [[address:Termez, Al-Hakim at-Termiziy street 52, apt 9]]; his phone is [[phone:+998 91 "
                "555 47 20]]. I gave him {{112}}.",
            ),
            (10, [], "We ended with a few lines from {{Alisher Navoi}}; [[first:Bekzod]] chose the passage."),
        ],
    ),
    (
        "en",
        "Margilan",
        [],
        [
            (
                0,
                [],
                "Margilan, silk factory club. Twelve young men; [[first:Azamat]], [[first:Rustam]] and [[first:Islom]] came from "
                "the same mahalla.",
            ),
            (
                1,
                ["quote"],
                "[[first:Rustam]]: “If my wife posts photos on Instagram, other men will look. I will not allow it.”",
            ),
            (
                2,
                ["insight"],
                "[[first:Islom]] reads his girlfriend's messages every night; [[first:Azamat]] told him this is control, not "
                "care.",
            ),
            (
                3,
                ["resistance"],
                "Mr [[surname:Yuldashev]], the club director, asked me to avoid the topic of early marriage “because of the "
                "parents”.",
            ),
            (
                4,
                ["follow-up"],
                "[[first:Rustam's|Rustam]] account is [[link:instagram.com/rustam.margilan_silk]]; he asked me to look at how he "
                "writes about his girlfriend there.",
            ),
            (
                5,
                [],
                "The group read an extract from {{Tolstoy}} about jealousy and found it surprisingly close to home.",
            ),
            (
                6,
                [],
                "[[desc:The only boy whose mother runs the atlas stall at the Kumtepa bazaar gate]] asked whether his younger "
                "brother may join next time.",
            ),
        ],
    ),
    (
        "en",
        "Kokand",
        [],
        [
            (
                0,
                [],
                "Kokand, lyceum No. 3, ten participants. The wall still had the slogan {{Umid}} from a spring event. "
                "[[first:Farrukh]] led the warm-up.",
            ),
            (
                3,
                ["quote"],
                "[[first:Sanjarbek]]: “In our family the women eat after the men. That is respect.”",
            ),
            (
                5,
                ["insight"],
                "[[first:Farrukh]] told us that his neighbour, [[first:Dilnoza opa|Dilnoza]], was beaten by her husband last week "
                "and no one called the police.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Kapitan]] (the football captain) said alcohol is fine “if you can hold it”. "
                "[[first:Sanjarbek's|Sanjarbek]] older cousin supplies the vodka, he added.",
            ),
            (
                10,
                ["follow-up", "referral"],
                "Gave {{112}} and the address of the women's support centre in {{Fergana}}. [[first:Farrukh]]: [[phone:(73) "
                "555-62-14]].",
            ),
        ],
    ),
    (
        "en",
        "Denau",
        [],
        [
            (
                0,
                [],
                "Denau, district youth centre, eight young men. [[first:Bobur]] and [[first:Anvar]] arrived first.",
            ),
            (
                3,
                ["quote"],
                "[[first:Anvar]]: “My father says a girl who goes to university will never obey her husband.”",
            ),
            (
                5,
                ["insight"],
                "[[first:Bobur's|Bobur]] sister [[first:Mohira]] was taken for marriage at sixteen; he was eleven then and still "
                "remembers her crying.",
            ),
            (
                8,
                ["resistance"],
                "[[first:Anvar]] and [[nick:Tolstoy]] (a tall boy who reads a lot, hence the name) argued for ten minutes about "
                "who should wash the dishes.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Bobur]] was born on [[dob:3 February 2008]]; the school needs this for the consent form. His mother's "
                "number is [[phone:+998 (76) 555 13 27]].",
            ),
        ],
    ),
    (
        "kk",
        "Тараз",
        [],
        [
            (
                0,
                [],
                "Тараз, 5 мектеп, 13 жігіт. Бәрін жинаған [[first:Ербол ағай|Ербол]], дене шынықтыру мұғалімі. [[nick:Бекаш]], "
                "[[nick:Мұқа]] және [[nick:Жұмеке]] алдыңғы қатарда.",
            ),
            (2, ["quote"], "[[nick:Мұқа]]: «Қызды алып қашу – ерлік, әкем де шешемді солай алған»."),
            (
                4,
                ["insight"],
                "[[nick:Бекаштың|Бекаш]] апасы, [[first:Гүлнар апай|Гүлнар]], күйеуінен таяқ жеген, қазір төркінінде тұрады.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Ербол ағайдың|Ербол]] өзі «бұл тақырып ұлдарға емес» деп қалды, [[nick:Жұмеке]] қол шапалақтады.",
            ),
            (
                8,
                ["follow-up"],
                "[[nick:Бекашқа|Бекаш]] {{150}} бердім. [[first:Гүлнар апайдың|Гүлнар]] нөмірі [[phone:8 (7262) 55-43-19]], өз "
                "келісімімен жаздым.",
            ),
            (
                10,
                [],
                "Соңында {{Айша бибі}} кесенесіне бірге баруды ұсындым, {{Тараз}} тарихы туралы сөйлестік.",
            ),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Нұрлыбек Әбдіхалықов"],
        [
            (
                0,
                [],
                "Қызылорда, Жастар үйі, 10 жігіт. [[name:Нұрлыбек Әбдіхалықов|Нұрлыбек,Әбдіхалықов]] топты жинады, бәрі оны "
                "[[nick:Нұрекең]] дейді.",
            ),
            (3, ["quote"], "[[nick:Нұрекең]]: «Ер адам ашуланса, әйел үндемеуі керек»."),
            (
                5,
                ["insight"],
                "[[first:Сәкен көкесі|Сәкен]] туралы айтты: ол [[nick:Нұрекеңнің|Нұрекең]] әкесінің інісі, әйелін ұрады, бүкіл "
                "ауыл біледі.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Сәбе]] деген жігіт «{{Қорқыт ата}} заманынан бері солай» деді, бәрі күлді.",
            ),
            (
                10,
                ["follow-up"],
                "[[surname:Әбдіхалықовқа|Әбдіхалықов]] {{111}} және {{150}} бердім, телефоны [[phone:+7 (7242) 55-57-10]].",
            ),
        ],
    ),
    (
        "ru",
        "Куляб",
        [],
        [
            (
                0,
                [],
                "Куляб, 11 бачахо, собрались во дворе чайханы. [[first:Шодмон-ака|Шодмон]] хозяин, разрешил. Ребята: "
                "[[nick:Фируз-джон|Фируз]], [[nick:Мамо]], [[first:Далер]].",
            ),
            (3, ["quote"], "[[nick:Мамо]]: «Мард жену не спрашивает, он решает»."),
            (
                5,
                ["insight"],
                "[[first:Далер]] рассказал: отец в {{Москве}} шесть лет, мать шьёт по ночам, [[first:Далер]] сам водит сестёр в "
                "школу.",
            ),
            (
                8,
                ["resistance"],
                "[[first:Шодмон-ака|Шодмон]] подошёл и сказал, что его дочь [[first:Ситора]] выйдет замуж в 17 и это «воля отца».",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Фируз-джону|Фируз]] дала {{112}}. Его номер [[phone:+992 93 555 41 07]].",
            ),
        ],
    ),
    (
        "ru",
        "Худжанд",
        ["Хуршед Раджабов"],
        [
            (
                0,
                [],
                "Худжанд, колледж, 12 парней. [[name:Хуршед Раджабов|Хуршед,Раджабов]] — все зовут его [[nick:Хуш]] — помогал с "
                "переводом.",
            ),
            (2, ["quote"], "[[nick:Хуш]]: «Если жена работает — мужчине стыдно перед соседями»."),
            (
                4,
                ["insight"],
                "[[first:Акмал-ака|Акмал]], дядя [[first:Хуршеда|Хуршед]], уехал в {{Казань}}, вернулся с долгами и пьёт, жена с "
                "детьми живёт у свекрови.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Профессор]] (в очках, всегда спорит) сказал, что ревность — это от Бога.",
            ),
            (
                8,
                ["follow-up", "referral"],
                "[[surname:Раджабову|Раджабов]] дала {{112}} и адрес кризисного центра {{Гулрухсор}}. Почта "
                "[[email:khurshed.rajabov@mail.tj]].",
            ),
            (
                10,
                [],
                "[[desc:единственный в группе памирец, сын ночного сторожа колледжа]] попросил поговорить отдельно в следующий "
                "раз.",
            ),
        ],
    ),
    (
        "ru",
        "Пенджикент",
        [],
        [
            (
                0,
                [],
                "Пенджикент, 9 парней, на стене плакат «{{Оилаи шодмон}}». [[nick:Рустамчон]], [[nick:Сухроб-джон|Сухроб]] и "
                "[[first:Ёдгор]] пришли первыми.",
            ),
            (3, ["quote"], "[[nick:Рустамчон]]: «Девушку крадут, если она нравится — это же комплимент»."),
            (
                5,
                ["insight"],
                "Старший брат [[first:Ёдгора|Ёдгор]] увёз невесту к себе в 16 лет, никах прочитал [[first:домулло Саид|Саид]].",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Сухроб-джон|Сухроб]] смеялся, но потом спросил, что делать, если отец бьёт мать. Вспомнили {{Рудаки}} и "
                "его строки о матери.",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Сухроб-джону|Сухроб]] дала {{112}}. Номер [[phone:92 555 70 83]], инстаграм "
                "[[handle:@suhrob_panjakent]].",
            ),
        ],
    ),
    (
        "kk",
        "Шу",
        [],
        [
            (
                0,
                [],
                "Шу қаласы, 14 жігіт, көбі теміржол колледжінен. [[nick:Қайрош]], [[nick:Сәкеш]], [[first:Мейірбек]] алдымен "
                "келді.",
            ),
            (3, ["quote"], "[[nick:Сәкеш]]: «Нағыз еркек әйелін қызғанады, қызғанбаса – жасық»."),
            (
                5,
                ["insight"],
                "[[first:Мейірбектің|Мейірбек]] анасы [[first:Ақбота апай|Ақбота]] {{Кореяда}} жұмыста, оны әжесі [[first:Күлпаш "
                "әже|Күлпаш]] бағып отыр.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Қайроштың|Қайрош]] әкесі, [[surname:Байжанов]], сабаққа келіп «ұлымды бұзбаңыз» деді.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Мейірбекке|Мейірбек]] {{150}} бердім, [[first:Күлпаш әжейдің|Күлпаш]] нөмірі [[phone:8 (72643) "
                "5-51-18]].",
            ),
        ],
    ),
    (
        "ru",
        "Араван",
        [],
        [
            (
                0,
                [],
                "Араван, 10 парней. Друг друга зовут кличками: [[nick:Тайфун]], [[nick:Малыш]], [[nick:Чапай]]. Настоящее имя "
                "[[nick:Чапая|Чапай]] — [[first:Жоомарт]].",
            ),
            (3, ["quote"], "[[nick:Тайфун]]: «Если жена ушла к родителям — значит, ты не мужик»."),
            (
                5,
                ["insight"],
                "Мать [[nick:Малыша|Малыш]], [[first:Гулзат эже|Гулзат]], торгует на базаре в {{Оше}}, отец уехал в {{Якутск}} и "
                "не звонит.",
            ),
            (
                8,
                ["resistance"],
                "[[nick:Тайфун]] сказал, что у [[first:Жоомарта|Жоомарт]] всё решает дед, а дед за ала качуу.",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Малышу|Малыш]] дала {{111}}. Номер [[first:Гулзат эже|Гулзат]] [[phone:(03231) 5-55-17]].",
            ),
        ],
    ),
    (
        "ru",
        "Павлодар",
        ["Артём Гусев", "Ерасыл Жақсыбеков"],
        [
            (
                0,
                [],
                "Павлодар, колледж транспорта на ул. {{Торайгырова}}, 13 участников 16–19 лет. Согласия подписали родители: "
                "[[name:Артём Гусев|Артём,Гусев]], д.р. [[dob:17.08.2008]], ИИН [[iin:080817500413]]; [[name:Ерасыл "
                "Жақсыбеков|Ерасыл,Жақсыбеков]], д.р. [[dob:02/11/2007]].",
            ),
            (
                2,
                ["quote"],
                "[[first:Артём]]: «Если девушка поставила пароль на телефон — значит, есть что скрывать». [[first:Ерасыл]] "
                "возразил, что у него тоже пароль и это ничего не значит.",
            ),
            (
                4,
                ["insight"],
                "После занятия [[first:Артём]] остался. Рассказал, что отчим, [[name:Геннадий Сорокин|Геннадий,Сорокин]], пьёт и "
                "бьёт мать; живут по адресу [[address:г. Павлодар, ул. Кутузова 204, кв. 31]], машина отчима — [[plate:512 BKZ "
                "14]].",
            ),
            (
                6,
                ["follow-up", "referral"],
                "Дала {{150}} и {{112}}, объяснила про {{Закон о профилактике бытового насилия}}. Телефон матери "
                "[[first:Артёма|Артём]] [[phone:+7 (7182) 55-39-04]], сама мать о разговоре не знает.",
            ),
            (
                8,
                [],
                "[[surname:Жақсыбеков]] попросил оставить его почту для материалов: [[email:erasyl.zh2007@mail.kz]].",
            ),
        ],
    ),
    (
        "kk",
        "Орал",
        [],
        [
            (
                0,
                [],
                "Орал, 24 мектеп, 9 жігіт. Тіркеу парағы: [[name:Бекнұр Сағынтаев|Бекнұр,Сағынтаев]], [[dob:2008 жылғы 9 "
                "қыркүйек]]; [[name:Әли Мұхамбетов|Әли,Мұхамбетов]], [[dob:15.01.2009 ж.т.]]; қалғандары аты-жөнін жазбады.",
            ),
            (
                4,
                ["quote"],
                "[[first:Бекнұр]]: «Үйде тамақты анам істейді, әкем темір жолда, ол шаршап келеді». [[first:Әлидің|Әли]] ойынша ер "
                "адам да ас үйге кіре алады.",
            ),
            (
                7,
                ["insight"],
                "[[first:Бекнұрдың|Бекнұр]] айтуынша, әпкесі [[name:Динара Сағынтаева|Динара,Сағынтаева]] 17 жасында алып "
                "қашылған, неке {{АХАЖ}}-да тіркелмеген; қазір [[address:Батыс Қазақстан облысы, Дарьинск ауылы, Бейбітшілік "
                "көшесі 12]] тұрады. Жеке куәлігі [[passport:N 04712958]] [[first:Бекнұрда|Бекнұр]] қалған.",
            ),
            (
                10,
                ["follow-up", "referral"],
                "{{150}} және {{111}} бердім, {{Оралдағы}} {{Жан-Ұя}} дағдарыс орталығының мекенжайын жаздым. "
                "[[first:Бекнұрдың|Бекнұр]] телефоны [[phone:+7 (7112) 55-47-63]].",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        ["Бактыбек Ибраимов"],
        [
            (
                0,
                [],
                "Жалал-Абад, СШ №7 им. {{Айтматова}}, 11 парней. Списки: [[name:Бактыбек Ибраимов|Бактыбек,Ибраимов]], "
                "[[dob:2007-05-21]], ID-карта [[passport:ID1839472]]; [[name:Эмир Турдубаев|Эмир,Турдубаев]], [[dob:08.10.2008]].",
            ),
            (
                2,
                ["quote"],
                "[[first:Эмир]]: «Моего брата девушка бросила, потому что он запретил ей инстаграм. Правильно запретил».",
            ),
            (
                4,
                ["insight"],
                "[[first:Бактыбек]] сказал, что сестру, [[name:Айпери Ибраимову|Айпери,Ибраимов]], украли в марте, сейчас она в "
                "[[address:с. Благовещенка, ул. Манаса 3]]. Машина, на которой увезли, — [[plate:03 455 ABH]].",
            ),
            (
                6,
                ["follow-up", "referral"],
                "Дала {{111}} и {{112}}, объяснила, что по {{Уголовному кодексу}} похищение для брака — преступление. Телефон "
                "[[first:Бактыбека|Бактыбек]] [[phone:+996 (3722) 5-51-90]].",
            ),
            (
                8,
                [],
                "Про [[first:Эмира|Эмир]] предупредил завуч: [[desc:сын единственного районного судьи, отец ездит на белом «Лэнд "
                "Крузере»]], лучше без фото в отчёте.",
            ),
        ],
    ),
    (
        "en",
        "Namangan",
        ["Abdulaziz Xolmatov", "Ravshan Qodirov"],
        [
            (
                0,
                [],
                "Namangan, college of economics, thirteen participants (16–20). Registered: [[name:Abdulaziz "
                "Xolmatov|Abdulaziz,Xolmatov]], born [[dob:11 Nov 2007]], passport [[passport:AD 3307218]]; [[name:Ravshan "
                "Qodirov|Ravshan,Qodirov]], born [[dob:2008/04/29]].",
            ),
            (
                4,
                ["quote"],
                "[[first:Ravshan]]: “My uncle says a wife who sends money to her own parents is stealing from the family.”",
            ),
            (
                7,
                ["insight"],
                "[[first:Abdulaziz]] stayed behind. His father, [[name:Tohir Xolmatov|Tohir,Xolmatov]], beats his mother; they "
                "live at [[address:Davlatobod district, Uychi street 17, flat 4]]. His mother's passport is kept by his "
                "grandmother so she cannot leave.",
            ),
            (
                10,
                ["follow-up", "referral"],
                "Gave {{112}} and the address of the women's rehabilitation centre in {{Namangan}}. "
                "[[first:Abdulaziz's|Abdulaziz]] Telegram: [[handle:@aziz_xolmat07]]; his personal number (PINFL) "
                "[[iin:50411075440021]].",
            ),
        ],
    ),
    (
        "ru",
        "Турсунзаде",
        [],
        [
            (
                0,
                [],
                "Турсунзаде, 10 парней из лицея при заводе {{ТАЛКО}}. Анкеты: [[name:Мухаммад Сафаров|Мухаммад,Сафаров]] (род. "
                "[[dob:5 июня 2008 г.]]), [[name:Исфандиёр Шарипов|Исфандиёр,Шарипов]] (род. [[dob:30.IX.2007]]).",
            ),
            (
                4,
                ["quote"],
                "[[first:Исфандиёр]]: «Когда брат приедет из России, он сам выберет мне невесту».",
            ),
            (
                7,
                ["insight"],
                "[[first:Мухаммад]] рассказал, что дядя [[name:Зафар Сафаров|Зафар,Сафаров]] держит паспорт его матери "
                "[[passport:A 4471028]] и не даёт ей уехать; живут [[address:Турсунзаде, ул. Ленина, д. 17/2]].",
            ),
            (
                10,
                ["follow-up"],
                "Дала {{112}}, рассказала про {{Закон о предупреждении насилия в семье}}. Номер [[first:Мухаммада|Мухаммад]] "
                "[[phone:+992 (3130) 5-55-81]], почта [[email:muhammad.safarov08@mail.ru]].",
            ),
        ],
    ),
    (
        "kk",
        "Петропавл",
        ["Айдос Жұмабек", "Санжар Мұратов"],
        [
            (
                0,
                [],
                "Петропавл, 41 мектеп-лицей, 8 жігіт. Ата-ана келісімі: [[name:Айдос Жұмабек|Айдос,Жұмабек]], ЖСН "
                "[[iin:090214500927]], туған күні [[dob:14 ақпан 2009]]; [[name:Санжар Мұратов|Санжар,Мұратов]], [[dob:2008 ж. 6 "
                "шілде]].",
            ),
            (
                2,
                ["quote"],
                "[[first:Санжар]]: «Мигрант әкем жылына бір келеді, бірақ үйде бәрін сол шешеді».",
            ),
            (
                4,
                ["insight"],
                "[[first:Айдостың|Айдос]] ағасы [[name:Ержан Жұмабек|Ержан,Жұмабек]] мас күйінде көлік айдайды, нөмірі [[plate:745 "
                "AEF 15]], әйелін соққыға жыққан. Үйі: [[address:Петропавл, Жамбыл көшесі 211, 18 пәтер]].",
            ),
            (
                6,
                ["follow-up", "referral"],
                "{{150}} мен {{112}} бердім, {{Әділет}} базасынан {{Отбасылық-тұрмыстық қатынастар саласындағы құқық "
                "бұзушылықтардың профилактикасы туралы}} заңды көрсеттім. [[first:Айдостың|Айдос]] нөмірі [[phone:8 (7152) "
                "55-60-42]].",
            ),
            (8, [], "[[surname:Мұратов]] келесі жолы {{Мағжан Жұмабаев}} өлеңін оқимын деді."),
        ],
    ),
]
