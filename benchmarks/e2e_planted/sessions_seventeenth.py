# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate, card and date below is made up.
"""Seventeenth set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Ғалымжан Есенқұлов, boxing and wrestling coach at a Shymkent sports school): Kazakh
    # typed on a phone between trainings, all lower case, Russian words (короче, вообще, пацандар, тренировка,
    # звондады), gym nicknames and pet forms, a suffix sometimes typed apart ("алпамыс ты", "нұрсәт та"), names that are
    # words ("жеңіс", "болат", "ерік", "қуаныш"), 8 7xx / +7 / (7252) phones, kk workshop
    (
        "kk",
        "Шымкент",
        [
            "Ерсұлтан Жұмаділов",
            "Нұрбек Әшірбеков",
            "Жасұлан Қалдыбаев",
            "Жеңіс Оразалиев",
            "Дидар Тұрлыбеков",
        ],
        [
            (
                0,
                [],
                "бокс зал тренировкадан кейин 5 пацан қалды. залда [[first:ерсұлтанды|ерсұлтан]] бәрі [[nick:кувалда]] дейді",
            ),
            (
                2,
                ["quote"],
                "[[nick:кувалда]]: әйел ұрса қайтару керек вообще нормально. бәрі күлді мен тоқтаттым",
            ),
            (
                3,
                ["insight"],
                "[[first:жеңіс]] айтты {{жеңіс}} деген рингте болады үйде емес деді. красавчик",
            ),
            (
                7,
                ["follow-up"],
                "[[first:дидардың|дидар]] шешесі [[name:мәншүк апай|мәншүк]] звондады тел [[phone:8 701 338 42 19]] ұлым жарысқа бара ма деп сұрады",
            ),
            (
                9,
                ["referral"],
                "[[first:нұрбек]] кейін айтты әкесі ішеді шешесіне қол көтереді. {{111}} нөмірін бердім ертең тағы сөйлесеміз",
            ),
            (11, [], "келесі жолы {{серік сәпиев}} туралы видео көреміз пацандарға ұнайды"),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Арыстан Сейдахметов", "Болат Құттыбаев", "Ақылбек Нарымбетов", "Санжар Әбілқасымов"],
        [
            (
                0,
                [],
                "күрес залы 4 бала келді. сегодня {{«ер адамның қорабы»}} упражнение",
            ),
            (
                2,
                ["quote"],
                "[[first:болат]]: еркек {{болат}} сияқты болу керек жыламау керек. пацандар қол соқты",
            ),
            (
                5,
                ["resistance"],
                "[[nick:бизон]] яғни [[first:ақылбек]] бәрібір деп отырды басқаларға кедергі жасады",
            ),
            (
                7,
                ["follow-up"],
                "[[first:санжардың|санжар]] инстасы [[handle:@sanzhar_kures_17]] жарыс фотоларын салады, басқа балаларды белгілеме дедім",
            ),
            (
                9,
                ["referral"],
                "[[first:болат]] айтты қарындасы [[name:айзере]] 16 жаста құда түсіп жатыр. {{неке және отбасы туралы кодекс}} бойынша 18 деп түсіндірдім",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        [
            "Дәулет Мырзахметов",
            "Нұрсәт Ибрагимов",
            "Ерқанат Байболов",
            "Темірлан Шалабаев",
            "Әділхан Исламов",
        ],
        [
            (
                0,
                [],
                "{{нұрсәт}} футбол алаңының жанындағы зал 5 пацан. [[first:дәулетті|дәулет]] бәрі [[nick:дәку]] дейді",
            ),
            (
                2,
                ["quote"],
                "[[first:темірлан]]: қызым болса телефонын тексеремін бұл қамқорлық. короче бақылау туралы ұзақ сөйлестік",
            ),
            (
                3,
                ["insight"],
                "[[first:нұрсәт]] өзі {{нұрсәт}} та тұрады, анасы [[name:гүлназ]] такси айдайды оны мақтан тұтады деді",
            ),
            (
                7,
                ["follow-up"],
                "[[nick:дәку]] жұмыс іздеп жүр тел [[phone:+7 775 902 61 38]] вообще жақсы бала",
            ),
            (11, [], "{{наурызға}} дейін тағы екі кездесу"),
        ],
    ),
    (
        "kk",
        "Ленгер",
        [
            "Қуаныш Әбдірахманов",
            "Мирас Байжігітов",
            "Нұрасыл Көшербаев",
            "Ислам Тұрсынбаев",
            "Бексұлтан Әлібеков",
        ],
        [
            (
                0,
                [],
                "спорт мектебі 5 бала. [[first:бексұлтанды|бексұлтан]] [[nick:бекс]] дейміз",
            ),
            (
                3,
                ["insight"],
                "[[first:қуанышқа|қуаныш]] айттым балаң туғанда {{қуаныш}} болады ғой қыз болса да. ойланып қалды",
            ),
            (
                7,
                ["follow-up"],
                "[[first:нұрасылдың|нұрасыл]] ЖСН [[iin:071104501286]] сертификатқа керек",
            ),
            (
                9,
                ["referral"],
                "[[first:исламның|ислам]] ағасы [[name:тұрсынбаев ерік]] [[quasi:ленгердегі жалғыз автомойканың иесі]], [[first:ислам]] сонда тегін істейді мектепке бармайды. әлеуметтік педагогқа айттым",
            ),
            (11, [], "{{қазығұрт}} жақтан балалар да келгісі келеді"),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Асқар Ермекбаев", "Жандар Қасымбеков", "Әлішер Умаров", "Абзал Төребеков"],
        [
            (
                0,
                [],
                "бүгін мектеп спортзалы 4 бала. біреуі өзбекше араластырып сөйлейді",
            ),
            (
                2,
                ["quote"],
                "[[first:абзал]]: қыз алып қашу это традиция ешкім қамамайды. короче {{қылмыстық кодекс}} туралы айттым",
            ),
            (
                6,
                ["follow-up"],
                "[[first:жандардың|жандар]] машинасы бар [[plate:117 ADK 17]] балаларды жарысқа апарады нөмірі [[phone:87477105263]]",
            ),
            (
                8,
                ["referral"],
                "[[first:әлішерге|әлішер]] психолог керек, [[quasi:қайтпастағы мешіттің муэдзинінің баласы]] үйде қатты қысым. {{150}} бердим",
            ),
            (11, [], "келесі жолы {{мұхтар әуезов}} тың {{«көксерек»}} әңгімесін оқимыз"),
        ],
    ),
    (
        "kk",
        "Қазығұрт",
        ["Ержігіт Сарыбаев", "Алпамыс Жолдыбаев", "Ғалым Дүйсенбаев", "Еламан Оспанбеков"],
        [
            (
                0,
                [],
                "{{қазығұрт}} ауылы клубта 4 жігіт. [[first:алпамыс]] ты бәрі [[nick:батыр]] дейді, [[first:ержігіт]] - [[nick:шаман]]",
            ),
            (
                9,
                ["referral"],
                "[[first:ғалым]] айтты көршісі [[name:нұргүл]] 15 жаста мектептен шығарып үйде отырғызды. мекенжай [[address:қазығұрт ауылы, абылай хан көшесі 27]]. {{111}} ге хабарластым",
            ),
            (
                11,
                [],
                "{{«алпамыс батыр»}} жырын тыңдадық, аты сол жырдан қойылған [[nick:батыр]] ұялып қалды",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Ерік Сыздықов", "Нұрлыбек Әбенов", "Диас Қалиев", "Райымбек Ахатов"],
        [
            (
                0,
                [],
                "{{«ордабасы»}} стадионы жанындағы зал 4 пацан. тақырып қызғаныш пен бақылау",
            ),
            (
                3,
                ["insight"],
                "[[first:ерік]]: менің атым {{ерік}} яғни бостандық, қарындасымның да еркі болу керек. өзі ойлап тапты красава",
            ),
            (
                7,
                ["follow-up"],
                "[[first:райымбектің|райымбек]] туған күні [[birthdate:2008 жылы 17 наурыз]] жеке куәлік [[passport:051447382]]",
            ),
            (
                9,
                ["referral"],
                "[[first:диастың|диас]] шешесі [[name:қалиева сәуле]] тел [[phone:8 (7252) 53-17-44]] үйде әкесі қорқытады. {{150}} мен полицияға айтуды ұсындым",
            ),
            (11, [], "жыл соңы пацандарға грамота беремін"),
        ],
    ),
    # ---- Facilitator B (Гүлзат Мамбетова, school psychologist in Osh): careful, complete Russian sentences,
    # Kyrgyz names declined by Russian grammar (Бекназаром, Адылбеку, Жеңиша, Байэла), parents with full
    # patronymics, Kyrgyz words explained in brackets, names that are words (Эркин, Алмаз, Жеңиш, Тынчтык,
    # Манас), 0555/0700/+996 and Osh landline (3222) phones, ПИН and ID numbers, ru workshop
    (
        "ru",
        "Ош",
        [
            "Адылбек Жумабаев",
            "Нурсултан Абдилазизов",
            "Бекназар Токтосунов",
            "Эркин Мамытов",
            "Жоомарт Сыдыков",
        ],
        [
            (
                0,
                [],
                "Школа-гимназия, кабинет психолога. Присутствовали пятеро. Тема: «{{Кто такой настоящий мужчина}}».",
            ),
            (
                2,
                ["quote"],
                "[[first:Бекназар]]: «Если жена не слушается, муж имеет право её наказать». С [[first:Бекназаром|Бекназар]] поговорила отдельно после занятия.",
            ),
            (
                3,
                ["insight"],
                "[[first:Эркин]] сам заметил, что его имя по-кыргызски значит «{{эркин}}» (свободный), и спросил, почему у сестры свободы меньше. Очень ценное наблюдение.",
            ),
            (
                7,
                ["follow-up"],
                "Мать [[first:Жоомарта|Жоомарт]], [[name:Сыдыкова Айнура Токтобековна]], просила о встрече; тел. [[phone:0557 31 48 92]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Нурсултан]] сообщил, что его старшую сестру [[name:Бегимай]] в прошлом месяце пытались похитить для брака. Рекомендовано обращение на линию {{111}} и в кризисный центр {{«Мээрим»}}.",
            ),
            (11, [], "Следующую встречу планируем у подножия {{Сулайман-Тоо}}, если позволит погода."),
        ],
    ),
    (
        "ru",
        "Кара-Суу",
        ["Манас Осмонов", "Улукбек Раимов", "Азат Кадырбеков", "Медербек Абдыкеримов"],
        [
            (0, [], "Средняя школа, актовый зал. Четверо. Рядом рынок, было шумно."),
            (
                2,
                ["quote"],
                "[[first:Манас]]: «Мужчина должен быть как {{Манас}} - воин, а не плакать». Обсудили, что в эпосе есть и {{Каныкей}}, мудрая жена, к которой он прислушивался.",
            ),
            (
                3,
                ["insight"],
                "У [[first:Улукбека|Улукбек]] мать на заработках, он живёт с бабушкой, [[name:Сайрагуль апа|Сайрагуль]], и сам готовит для младших.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Медербек]] (д.р. [[birthdate:22.08.2008]]) хочет стать волонтёром. Телеграм: [[handle:@meder_ks08]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Манасу|Манас]] требуется консультация по поводу травли: он [[quasi:единственный ученик школы, который ходит с аппаратом Илизарова]].",
            ),
        ],
    ),
    (
        "ru",
        "Ноокат",
        ["Алмаз Турдалиев", "Жыргалбек Ормонов", "Канат Мамасалиев", "Бакай Жолдошев", "Эмир Абдыкадыров"],
        [
            (0, [], "Занятие в клубе айыл окмоту. Пятеро, двое опоздали. Тема - похищение невест."),
            (
                3,
                ["insight"],
                "[[first:Алмаз]] сказал: «Мою маму тоже украли, она до сих пор плачет». Группа замолчала.",
            ),
            (
                4,
                [],
                "Объяснила, что похищение невесты - преступление по {{Уголовному кодексу КР}}; показала ролик {{UN Women}}.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бакай]] работает на такси отца: [[plate:06 KG 245 ABM]], тел. [[phone:+996 (700) 48-12-37]]. Возит ребят на занятия.",
            ),
            (
                8,
                ["referral"],
                "Отец [[first:Каната|Канат]], [[name:Мамасалиев Жаныш]], [[quasi:бывший председатель суда аксакалов айыла]], запрещает сыну ходить на занятия. Беседа с родителями - через классного руководителя.",
            ),
            (
                11,
                [],
                "В конце [[first:Эмир]] сказал, что уважение дороже, чем {{алмаз}}. Хорошее завершение.",
            ),
        ],
    ),
    (
        "ru",
        "Узген",
        ["Нуржан Айтиев", "Байэл Касымов", "Элмурат Абдураимов", "Ислам Маматкулов"],
        [
            (
                0,
                [],
                "Школа-лицей. Четверо. Половина группы говорит по-узбекски, переводил [[first:Элмурат]].",
            ),
            (
                2,
                ["quote"],
                "Один из ребят: «Хотин эрининг гапини қайтармайди» - по-узбекски: жена не перечит мужу. Развернулась дискуссия.",
            ),
            (
                3,
                ["insight"],
                "Отец [[first:Байэла|Байэл]] - [[quasi:единственный кузнец на узгенском рынке]]; хочет, чтобы сын продолжил дело, а тот мечтает стать поваром.",
            ),
            (5, [], "Упражнение «{{Линия власти}}» вызвало интерес."),
            (
                7,
                ["follow-up"],
                "Консультация для [[first:Нуржана|Нуржан]]: мать, [[name:Айтиева Гульмира]], тел. [[phone:+996 555 027 913]], адрес: [[address:г. Узген, ул. Манаса, 38]].",
            ),
            (11, [], "Завершили чтением отрывка из «{{Материнского поля}}» {{Айтматова}}."),
        ],
    ),
    (
        "ru",
        "Ош",
        ["Жеңиш Абдыраманов", "Кубат Сатыбалдиев", "Исмаил Юлдашев", "Бектур Асанов", "Нурбол Эшматов"],
        [
            (0, [], "Районный молодёжный центр. Пятеро, тема - деньги и власть в семье."),
            (
                3,
                ["insight"],
                "Спросила [[first:Жеңиша|Жеңиш]], что значит его имя. «{{Жеңиш}} - победа, - ответил он, - но побеждать надо себя, а не жену».",
            ),
            (
                5,
                ["resistance"],
                "[[first:Исмаил]] заявил, что занятия «против религии», и ушёл. Старший брат, [[name:Юлдашев Шавкат]], ждал его у входа.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Нурбол]]: ПИН [[iin:21907200850316]] - нужен для сертификата.",
            ),
            (
                9,
                ["referral"],
                "[[first:Бектур]] сообщил, что отчим применяет к нему физическое насилие. Проживает: [[address:г. Ош, мкр. Анар, д. 7, кв. 41]]. Рекомендовано: {{111}}, классный руководитель в курсе.",
            ),
            (11, [], "Следующая встреча - после {{Орозо айта}}."),
        ],
    ),
    (
        "ru",
        "Араван",
        ["Зарылбек Абдималиков", "Эрмек Токторбаев", "Атай Жусупов", "Дастан Мамырбаев"],
        [
            (0, [], "Районная библиотека. Четверо. Упражнение «{{Ящик мужчины}}»."),
            (
                4,
                ["insight"],
                "[[first:Атай]] рассказал, что ухаживает за дедушкой, [[name:Жусупов Шаршен ата|Жусупов Шаршен]], после инсульта: «и это не делает меня меньше мужчиной».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Зарылбек]]: e-mail [[email:zarylbek.a2007@gmail.com]], тел. [[phone:0 (778) 14-62-05]].",
            ),
            (
                8,
                ["referral"],
                "Зачинщик травли, по словам [[first:Эрмека|Эрмек]], - [[name:Тынчтык]] из параллельного класса. Информацию передала социальному педагогу.",
            ),
            (
                11,
                [],
                "Итог: ребята сами предложили девиз - «в семье главное {{тынчтык}}» (мир, покой).",
            ),
        ],
    ),
    (
        "ru",
        "Ош",
        [
            "Бекмырза Арстанбеков",
            "Нурдин Мамасыдыков",
            "Чыңгыз Токтомушев",
            "Абдулла Хайдаров",
            "Руслан Алимов",
        ],
        [
            (0, [], "Гимназия. Пятеро. Сегодня - «{{Колесо власти и контроля}}»."),
            (
                5,
                ["resistance"],
                "[[first:Бекмырзу|Бекмырза]] в классе зовут «[[nick:Депутат]]»: много говорит, мало слушает; сегодня перебивал всех.",
            ),
            (
                7,
                ["follow-up"],
                "Отец [[first:Нурдина|Нурдин]], [[quasi:водитель единственной школьной маршрутки в Кызыл-Кыштаке]], просит сообщать о посещаемости; тел. [[phone:(3222) 5-61-84]].",
            ),
            (
                9,
                ["referral"],
                "[[nick:Депутат]] признался, что старший брат, [[name:Арстанбеков Эрлан]], требует у него деньги и угрожает. Рекомендовано обращение в {{ИДН}}.",
            ),
            (
                11,
                [],
                "Завершили словами {{Курманжан Датки}}; ребята знают её по фильму «{{Курманжан Датка}}».",
            ),
        ],
    ),
    # ---- Facilitator C (Shahlo Yusupova, volunteer at a Namangan mahalla youth centre): Uzbek Latin with the
    # ASCII apostrophe (o', g', ma'no), -ga/-ning/-dan/-ni glued to names, sometimes lower-case names, one
    # session in Cyrillic Uzbek from a brother's phone, names that are words (Ozod, Iqbol, Olim), nicknames
    # Usta/Javik/Temur, +998 9x and (369) landline phones, JShShIR, 50-region plates, ru workshop
    (
        "ru",
        "Namangan",
        ["Ozod Mirzayev", "Jasur Qambarov", "Bahodir Usmonov", "Sanjar To'rayev", "Oybek Ibragimov"],
        [
            (0, [], "mahalla yoshlar markazi. 5 yigit keldi. mavzu: «{{Erkak qutisi}}»"),
            (
                2,
                ["quote"],
                "[[first:Jasurning|Jasur]] gapi: «ayol kishi erkakdan ruxsat so'rashi kerak, bu hurmat». kimdir kulib qo'ydi",
            ),
            (
                3,
                ["insight"],
                "[[first:Ozodga|Ozod]] savol berdim, ismining ma'nosi nima? «{{ozod}} - erkin degani, singlim ham erkin bo'lishi kerak» dedi. zo'r",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Bahodirdan|Bahodir]] raqamini oldim: [[phone:+998 93 417 25 80]]. onasi [[name:Dilfuza opa|Dilfuza]] ham qo'ng'iroq qiladi",
            ),
            (
                9,
                ["referral"],
                "[[first:Sanjar]] aytdi, qo'shnisi [[name:Gulhayo]] 16 yoshda, unashtirishmoqchi. {{1146}} ga xabar berdim",
            ),
            (11, [], "keyingi safar {{Boborahim Mashrab}} she'rlarini o'qiymiz"),
        ],
    ),
    (
        "ru",
        "Chust",
        ["Iqbol Xolmatov", "Shoxrux Ergashev", "Diyorbek Qo'chqorov", "Abdulaziz Nazarov"],
        [
            (
                0,
                [],
                "maktab zali. 4 kishi. [[first:Diyorbekni|Diyorbek]] hamma «[[nick:Usta]]» deydi, otasi pichoq yasaydi",
            ),
            (
                2,
                ["quote"],
                "[[nick:Usta]]: «erkakning qo'lida pichoq, ayolning qo'lida qozon bo'lishi kerak». hamma kuldi, men emas",
            ),
            (
                3,
                ["insight"],
                "[[first:Iqbolning|Iqbol]] onasi bozorda {{Chust do'ppisi}} sotadi, oilani u boqadi. «otam ishga ketgan, pul yubormaydi» dedi",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Abdulaziz]] tug'ilgan kuni [[birthdate:3-mart 2008-yil]], JShShIR [[iin:50303083620014]], guvohnoma uchun",
            ),
            (11, [], "{{iqbol}} - omad degani, dedik, omad zo'ravonlik bilan kelmaydi"),
        ],
    ),
    (
        "ru",
        "Поп",
        ["Азизбек Раҳмонов", "Мухаммадюсуф Тожиев", "Элёр Соатов", "Хуршидбек Аминов", "Нодирбек Жўраев"],
        [
            (
                0,
                [],
                "коллеж. укамнинг телефонидан ёзяпман, кирилл. 5 йигит. [[first:Мухаммадюсуфни|Мухаммадюсуф]] ҳамма «[[nick:Юсуфбой]]» дейди",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Азизбекнинг|Азизбек]] акаси Дамас ҳайдайди, [[plate:50 B 317 KA]], йигитларни олиб келади. тел [[phone:+998 (91) 360-44-17]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Нодирбекни|Нодирбек]] - [[quasi:Поп бозоридаги ягона кўзи ожиз сотувчининг ўғли]], синфдошлари масхара қилишади. мактаб психологига йўналтирдим",
            ),
            (11, [], "{{Абдулла Қодирий}}нинг «{{Ўтган кунлар}}»идан парча ўқидик"),
        ],
    ),
    (
        "ru",
        "Kosonsoy",
        ["Sardorbek Yo'ldoshev", "Doston Hamidov", "Muhammadqodir Sobirov", "Islomjon Mo'minov"],
        [
            (0, [], "madaniyat uyi. 4 yigit, sovuq. «{{Kuch g'ildiragi}}» mashqi"),
            (
                3,
                ["insight"],
                "[[first:islomjonning|islomjon]] singlisi [[name:Zilola]] kollejda o'qiydi, akasi qarshi, lekin u singlisini himoya qilyapti",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Muhammadqodirga|Muhammadqodir]] ish kerak, tel [[phone:93-257-61-09]], telegram [[handle:@mqodir_kosonsoy]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Dostonning|Doston]] amakisi, [[quasi:Kosonsoy tuman hokimining haydovchisi]], xotinini uradi. {{1146}} raqamini berdim",
            ),
        ],
    ),
    (
        "ru",
        "Namangan",
        ["Abbos Karimov", "Nurillo Hasanov", "Javlonbek Tursunov", "Xasanboy Olimov", "Olim Qosimov"],
        [
            (
                0,
                [],
                "{{Afsonalar vodiysi}} yonidagi choyxona. 5 yigit. [[first:Javlonbekni|Javlonbek]] «[[nick:Javik]]» deyishadi",
            ),
            (
                2,
                ["quote"],
                "[[first:Olimning|Olim]] gapi: «ayol {{olim}} bo'lsa ham, uyda erkak boshliq». kulishdi, keyin bahs",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Abbosning|Abbos]] onasi [[name:Karimova Feruza]] uchrashmoqchi, manzil [[address:Namangan sh., Uychi ko'chasi 112-uy]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Xasanboy]] o'zi aytdi, otasi uni kamar bilan uradi. tug'ilgan sanasi [[birthdate:2009-yil 14-avgust]], hali 17 emas. {{102}} va mahalla inspektoriga",
            ),
            (11, [], "bir yigit «{{O'tkan kunlar}}» kitobini olib keldi"),
        ],
    ),
    (
        "ru",
        "Uychi",
        ["Shahriyor Mamajonov", "Jamshidbek Abduvaliyev", "Husniddin Qurbonov", "Asadbek Rustamov"],
        [
            (0, [], "tuman maktab zali. 4 yigit, hammasi ro'yxatdagidek"),
            (
                2,
                ["quote"],
                "[[first:asadbek]]: «erkak yig'lasa, u erkak emas». hamma indamadi",
            ),
            (
                3,
                ["insight"],
                "keyin [[first:husniddindan|husniddin]] so'radim (u jim o'tirgan edi), otasi vafot etganda yig'laganini aytdi. «men erkak emasmanmi?» dedi. guruh jim",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Shahriyorning|Shahriyor]] pasporti [[passport:AD 7743018]], chet elga ishga hujjat yig'yapti. {{Tashqi mehnat migratsiyasi agentligi}} manzilini berdim",
            ),
            (
                8,
                ["referral"],
                "[[first:Jamshidbek]] onasining kartasiga qarz so'radi [[card:9860 1701 4478 2215]] - bermadim, ijtimoiy xodimga yo'naltirdim",
            ),
            (11, [], "{{Mashrab}} g'azali bilan tugatdik"),
        ],
    ),
    (
        "ru",
        "To'raqo'rg'on",
        ["Ibrohim Saidov", "Nodirjon Ismoilov", "Sarvar Xolmirzayev", "Temurbek Aliqulov"],
        [
            (
                0,
                [],
                "mahalla guzari. 4 kishi. [[first:Temurbekni|Temurbek]] hamma [[nick:Temur]] deydi, {{Amir Temur}}dek bo'lmoqchi",
            ),
            (
                4,
                ["insight"],
                "[[first:Sarvarning|Sarvar]] otasi, [[quasi:tumandagi yagona tish shifokori]], uyda ovqat pishiradi ekan. «otam oshpaz» dedi, hech kim kulmadi",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ibrohim]] uy tel [[phone:(369) 227-14-08]], telefoni yo'q",
            ),
            (
                8,
                ["referral"],
                "[[first:Nodirjon]] aytdi, opasi [[name:Maftuna]] erining uyida qiynalyapti. {{«Oydin yo'l»}} markazi raqamini berdim",
            ),
            (11, [], "yaxshi tugadi, {{Navro'z}}dan keyin davom"),
        ],
    ),
    # ---- Facilitator D (Нигора Раҳимҷонова, NGO case worker in Khujand, Sughd): Tajik Cyrillic and whole
    # Russian sentences side by side, NGO words (кейс, бенефициар, перенаправила), -ҷон/-хон names, -ро and
    # izofat on names, Russian endings on Tajik names (Орифа), names that are words (Шодмон, Баҳодур),
    # +992 9x and (3422) phones, Tajik passports and ИНН, 02-region plates, ru workshop
    (
        "ru",
        "Хуҷанд",
        ["Фаррух Султонов", "Шодмон Юсупов", "Парвиз Ҳамидов", "Абдураҳмон Набиев", "Сиёвуш Каримзода"],
        [
            (0, [], "офиси ҶД. 5 бенефициар. Тема: «{{Шаг вперёд}}». все пришли вовремя, аҷиб"),
            (
                2,
                ["quote"],
                "яке гуфт: «мард набояд дар назди зан гиря кунад». [[first:Фаррухҷон|Фаррух]] ҷавоб дод: «падарам гиря кард, вақте бобоям мурд»",
            ),
            (
                3,
                ["insight"],
                "[[first:Шодмон]] шӯхӣ кард: «номам {{шодмон}}, аммо дар хона ҳеҷ кас шод нест». после этого серьёзный разговор",
            ),
            (
                6,
                ["follow-up"],
                "Кейс [[first:Парвиз]]: модараш [[name:Ҳамидова Мунира]], тел [[phone:+992 92 781 04 36]], хоҳиш кард бо падар алоҳида сӯҳбат кунем",
            ),
            (
                9,
                ["referral"],
                "[[first:Абдураҳмон]] сообщил, что сестру [[name:Фирӯзу|Фирӯза]] (17) выдают замуж. перенаправила в {{Гулрухсор}}, телефони боварӣ {{1313}}",
            ),
            (11, [], "дар охир ғазали {{Камоли Хуҷандӣ}}-ро хондем"),
        ],
    ),
    (
        "ru",
        "Истаравшан",
        ["Бахтовар Зоиров", "Ҷовид Аҳмадов", "Некрӯз Тошев", "Файзулло Болтаев"],
        [
            (
                0,
                [],
                "маркази ҷамоатӣ дар наздикии {{Кӯк Гумбаз}}. 4 нафар. мавзӯъ: зӯроварӣ чист",
            ),
            (
                2,
                ["quote"],
                "[[first:Ҷовид]]: «агар зан гап нагирад, як шапалоқ - ин зӯроварӣ нест». гурӯҳ баҳс кард",
            ),
            (
                3,
                ["insight"],
                "[[first:Некрӯз]] - [[quasi:ягона бачаи модараш рус дар маҳаллаи Мунчоқтеппа]], гуфт ки ӯро «нимта» мегӯянд. тяжело",
            ),
            (
                5,
                ["resistance"],
                "[[first:Файзулло]] гуфт, ки падараш [[name:Болтаев Ҳайдар]] дигар намегузорад биёяд. в принципе понятно",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Бахтовар]] ба муҳоҷират меравад, паспорт [[passport:А 3907164]], таваллуд [[birthdate:11.01.2007]]. маълумот дар бораи муҳоҷирати бехатар додам",
            ),
        ],
    ),
    (
        "ru",
        "Бобоҷон Ғафуров",
        ["Аминҷон Қодиров", "Ромиш Саидзода", "Толибҷон Маҳкамов", "Сафар Назарзода", "Муҳсин Ғуломов"],
        [
            (
                0,
                [],
                "ноҳияи {{Бобоҷон Ғафуров}}, бинои ҶД. 5 бача. [[first:Толибҷонро|Толибҷон]] ҳама «[[nick:Тоша]]» мегӯянд",
            ),
            (
                3,
                ["insight"],
                "яке аз бачаҳо гуфт, ки модараш дар муҳоҷират кор мекунад ва оиларо таъмин мекунад, падар дома с младшими. обсудили, что это нормально",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Ромиш]] хочет стать волонтёром: почта [[email:romish.saidzoda@mail.tj]], инстаграм [[handle:@romish_gafurov]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Аминҷон]] сообщил, что отчим его бьёт. Живёт: [[address:н. Бобоҷон Ғафуров, деҳаи Унҷӣ, кӯчаи Рӯдакӣ 14]]. Перенаправлен к психологу {{Гулрухсор}}",
            ),
            (11, [], "следующий раз - экскурсия в {{Кохи Арбоб}}"),
        ],
    ),
    (
        "ru",
        "Конибодом",
        ["Азизхон Мамадҷонов", "Баҳодур Сатторов", "Рустамҷон Ҳомидов", "Зиёвуддин Ашуров"],
        [
            (0, [], "коллеҷи омӯзгорӣ. 4 нафар. машқи «{{Дарахти гендерӣ}}»"),
            (
                2,
                ["quote"],
                "[[first:Баҳодур]]: «мард бояд {{баҳодур}} бошад, яъне дар хона ҳукм кунад». пурсидам: задан ин ҷасорат аст? хомӯш шуд",
            ),
            (
                3,
                ["insight"],
                "[[first:Азизхон]] рассказал про отца, [[quasi:ягона сартароши бозори Конибодом]], ки ҳар шом модарашро таҳқир мекунад",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Рустамҷон]] таваллуд [[birthdate:09.10.2008]], тел [[phone:+992 (92) 704-18-63]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Зиёвуддин]] барои табобати модараш корт фиристод [[card:9762 0000 3318 5507]] - нам не положено, ба {{Ҳилоли Аҳмар}} равон кардам",
            ),
            (11, [], "баъд аз {{Иди Қурбон}} давом медиҳем"),
        ],
    ),
    (
        "ru",
        "Исфара",
        ["Мунир Ёдгоров", "Ҷамолиддин Саъдиев", "Ориф Раҳматуллоев", "Хислатҷон Убайдуллоев"],
        [
            (
                0,
                [],
                "ҷамоати Чоркӯҳ. 4 бача. в этот раз по-русски и по-таджикски, [[first:Ориф]] переводил",
            ),
            (
                3,
                ["insight"],
                "[[first:Мунир]] сказал, что брат на заработках женился второй раз, а дома жена с тремя детьми. «ин адолат нест»",
            ),
            (
                5,
                ["resistance"],
                "[[first:Хислатҷон]] гуфт «ман ба ин бовар надорам» ва баромад. Со слов [[first:Орифа|Ориф]], дядя [[name:Убайдуллоев Назрулло]] ему запретил",
            ),
            (
                7,
                ["follow-up"],
                "мошини бародари [[first:Мунир]]: [[plate:3417 АВ 02]], бачаҳоро ба {{Хуҷанд}} мебарад. тел [[phone:92 615 40 27]]",
            ),
            (
                11,
                [],
                "{{Темур Малик}} қаҳрамони мо, аммо ӯ занҳоро назадааст - гуфт яке аз бачаҳо. смешно, но верно",
            ),
        ],
    ),
    (
        "ru",
        "Хуҷанд",
        ["Саидакбар Олимов", "Нуриддин Валиев", "Комил Ҷӯраев", "Ҳамза Мансуров", "Юсуф Аминов"],
        [
            (0, [], "наздики бозори {{Панҷшанбе}}, кафе, қабати дуюм. 5 нафар"),
            (
                3,
                ["insight"],
                "[[first:Саидакбар]] о себе: [[quasi:ягона писари раиси маҳаллаи Қайроққум]], все ждут, что он будет «строгим»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нуриддин]]: ИНН [[iin:481205339]], санаи таваллуд [[birthdate:5 декабри 2007]], для сертификата",
            ),
            (
                8,
                ["referral"],
                "[[first:Юсуф]] рассказал, что сосед [[name:Ҳоҷиев Баҳром]] запирает жену. адрес [[address:ш. Хуҷанд, кӯчаи Камоли Хуҷандӣ 43, хонаи 7]]. Передала участковому и в {{Кумитаи кор бо занон ва оила}}",
            ),
            (11, [], "дафъаи оянда - вохӯрӣ бо {{Ваколатдор оид ба ҳуқуқи инсон}}"),
        ],
    ),
    (
        "ru",
        "Спитамен",
        ["Шаҳриёр Азизов", "Муродҷон Тоиров", "Аброр Носиров", "Эраҷ Қаландаров"],
        [
            (
                0,
                [],
                "мактаби деҳа. 4 бача. [[first:Муродҷонро|Муродҷон]] «[[nick:Мурка]]» мегӯянд, ӯ хафа мешавад",
            ),
            (
                2,
                ["quote"],
                "[[first:Эраҷ]]: «хоҳарам телефон надорад, ин барои ҳифзи ӯ». дигаре: «ин ҳифз не, ин қафас»",
            ),
            (
                6,
                ["follow-up"],
                "[[nick:Мурка]] мехоҳад барои таҳсил ба шаҳр равад. тел [[phone:+992-98-302-61-45]], WhatsApp ҳамин",
            ),
            (
                9,
                ["referral"],
                "[[first:Эраҷ]] баъдан гуфт, ки худаш ба [[name:Нилуфар]] (15) паём мефиристад ва таҳдид мекунад. долгий разговор, направила к психологу {{Гулрухсор}}",
            ),
            (11, [], "байти {{Мавлавӣ}}-ро хондем, хайр"),
        ],
    ),
    # ---- Facilitator E (Megan Doherty, American volunteer in Almaty): quick English, mostly lower case,
    # abbreviations (w/, wk, idk, b/c), names transliterated as heard and often lower case, nicknames in a
    # "x = y" note, one name in four spellings, US month-first dates, Kazakh words glossed, en workshop
    (
        "en",
        "Almaty",
        ["Alan Tokhtarov", "Beknur Sadykov", "Adil Kassenov", "Nurym Zhakenov", "Sayat Omarbekov"],
        [
            (
                0,
                [],
                "youth center, 5 guys. did the {{privilege walk}} - two of them ended up way at the back",
            ),
            (
                3,
                ["insight"],
                "[[first:adil]] said 'that's not {{adil}}' (= fair in kazakh) and everyone got the pun",
            ),
            (
                7,
                ["follow-up"],
                "[[first:nurym's|nurym]] mom [[name:zhakenova saule]] wants to meet, [[phone:+7 (747) 305 88 12]]",
            ),
            (
                9,
                ["referral"],
                "[[first:beknur]] told me privately his older sister [[name:Kamila]] is kept home by her husband. gave him {{150}} and the {{Sana Sezim}} crisis center card",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Yerkebulan Aitbayev", "Dastan Mukhamedzhanov", "Rauan Sarsembayev", "Ali Abdrakhmanov"],
        [
            (
                0,
                [],
                "4 today, back room of a cafe on the {{arbat}}. nicknames: [[first:yerkebulan]] = [[nick:yerke]], [[first:rauan]] = [[nick:zhuk]] (beetle, idk why)",
            ),
            (
                2,
                ["quote"],
                "[[nick:zhuk]]: 'if my gf goes out w/o telling me thats disrespect'. long talk on controlling behaviour",
            ),
            (
                4,
                ["insight"],
                "[[first:ali]] said his dad [[name:Nurlan aga|Nurlan]] cries at movies & he used to think that was weird, now thinks its cool",
            ),
            (
                7,
                ["follow-up"],
                "[[first:dastan's|dastan]] insta [[handle:@dastan.mkh]], wants to film a reel about the workshop - told him no faces",
            ),
            (11, [], "{{kairat}} match on sat, half the group is going lol"),
        ],
    ),
    (
        "en",
        "Kaskelen",
        ["Nurdaulet Bekenov", "Aibar Tulegenov", "Zhanserik Kabdolov", "Galymzhan Ryskulov", "Danial Ospan"],
        [
            (0, [], "{{kaskelen}}, school gym, 5 boys, freezing. started w/ {{act like a man box}}"),
            (
                2,
                ["quote"],
                "[[first:galymzhan]]: 'my grandfather kidnapped my grandmother and they were happy 50 yrs'. hard one",
            ),
            (
                3,
                ["insight"],
                "[[first:zhanserik]] answered him: 'did anyone ask grandma tho?' silence. great moment",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Aibar]] dob [[birthdate:03/14/2008]], IIN [[iin:080314500627]] for the cert",
            ),
            (
                8,
                ["referral"],
                "[[first:danial]] got beat up after school for 'acting gay', his words. he's [[quasi:the boy whose dad runs the only gas station on the kaskelen bypass]] so everyone knows him. talked to the school psychologist [[name:Aigerim Seitkazy]]",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        [
            "Abylaikhan Dzhumagaliyev",
            "Meirzhan Kuanov",
            "Bakdaulet Utepov",
            "Arsen Gabdullin",
            "Sultanbek Isayev",
        ],
        [
            (
                0,
                [],
                "{{KBTU}} dorm lounge, 5 guys. [[first:abylaikhan]] = [[nick:abeke]], [[first:bakdaulet]] = [[nick:batman]] (dont ask)",
            ),
            (
                6,
                ["follow-up"],
                "[[first:arsen]] wants the cert, email [[email:arsen.gabdullin@bk.ru]]",
            ),
            (
                9,
                ["referral"],
                "[[nick:abeke]] said his cousin [[name:Zhanar]] lives at [[address:mkr Orbita-3, bldg 21, apt 56]] and her husband hits her, she won't call police. gave {{150}}",
            ),
            (11, [], "ended w/ an {{abai}} quote from the {{book of words}}"),
        ],
    ),
    (
        "en",
        "Esik",
        ["Yernar Tulepbergen", "Alisher Sadvakasov", "Kuanysh Mamyrov", "Nurtas Zhylkybayev"],
        [
            (0, [], "{{esik}}, town library, 4 boys. the {{golden man}} museum is next door lol"),
            (
                3,
                ["insight"],
                "told them {{kuanysh}} means joy in kazakh, [[first:kuanysh]] said 'yeah but my sister doesnt get much of it'. wow",
            ),
            (
                5,
                ["resistance"],
                "[[first:nurtas]] and [[first:alisher]] on phones most of the time, one of them left at 6:30",
            ),
            (
                7,
                ["follow-up"],
                "[[first:yernar]] lives w/ grandma [[name:Rysgul apa|Rysgul]] at [[address:Esik, ul. Abaya 112]], no phone, reach via neighbor [[phone:+77019928117]]",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        [
            "Amir Baimukhamedov",
            "Beibarys Nurgaliyev",
            "Tamerlan Sagyndykov",
            "Shynggys Yeszhanov",
            "Aslan Myrzakhmet",
        ],
        [
            (
                0,
                [],
                "back at the center, 5. spelling note: [[first:shyngys]] / [[first:chingis]] / [[first:Shynggys]] all fine by him, passport says [[first:SHYNGGYS]]",
            ),
            (
                6,
                ["follow-up"],
                "[[first:beibarys]] needs help w/ documents, ID no. [[passport:N15522071]], phone [[phone:+7 (708) 614-09-33]]",
            ),
            (
                9,
                ["referral"],
                "[[first:aslan]] disclosed his uncle [[name:Myrzakhmet Yerbol]] hit him last wk, bruise on his arm. called {{111}} with him from the office",
            ),
            (11, [], "{{MenCare}} materials arrived, use next time"),
        ],
    ),
    # ---- Facilitator F (Aıgerim Sarsen, student volunteer at a university in Astana): Kazakh in the new Latin
    # alphabet (á ǵ ı ń ó ú ý, sh/ch), case endings glued to names (Qaırattyń, Ansarǵa, Erkinniń, Rahattan),
    # sometimes lower-case names, names that are words (Qaırat, Sabyr, Erkin, Beıbit), a nickname spelt like a
    # singer, +7 and 8 (7172) phones, JSN, 01/03-region plates, kk workshop
    (
        "kk",
        "Astana",
        ["Qaırat Jumabekov", "Merey Toqtarov", "Baǵdat Seıitqazy", "Ansar Nurlanuly", "Tımur Esenǵalı"],
        [
            (0, [], "{{ENÝ}} jataqhanasy, 5 jigit keldi. taqyryp: «{{Er adam qorabı}}»"),
            (
                2,
                ["quote"],
                "[[first:Baǵdat]] aıtty: «áıel kúıeýinen kóp tapsa, otbasy buzylady». bireýi kelispedi",
            ),
            (
                3,
                ["insight"],
                "[[first:Qaırattyń|Qaırat]] sózi jaqsy boldy: «{{qaırat}} degen - kúsh emes, shydamdylyq». óz aty týraly ázildedi",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ansarǵa|Ansar]] volonter bolǵysy keledi, telegram [[handle:@ansar_nurlanuly]], tel [[phone:+7 702 418 63 05]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Tımurdyń|Tımur]] aıtýynsha, ápkesi [[name:Esenǵalı Aıjan]] kúıeýinen qashyp, anasynyń úıinde tur. {{111}} nómirin berdim",
            ),
            (11, [], "kelesi joly {{Báıterek}} janynda serýendeımiz"),
        ],
    ),
    (
        "kk",
        "Astana",
        ["Sabyr Ábdiqadyr", "Nurbolat Ysqaqov", "Ámir Baıjanov", "Darhan Ospan", "Eldos Qasen"],
        [
            (
                0,
                [],
                "jastar ortalyǵy, {{Esil}} jaǵalaýy. 5 adam. [[first:sabyrdy|sabyr]] bári «[[nick:sabeke]]» deıdi",
            ),
            (
                3,
                ["insight"],
                "«{{sabyr}} túbi - sary altyn» degen maqaldy talqyladyq: [[first:Sabyr]] aıtty, bul áıelge ǵana emes, erkekke de kerek",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Eldostyń|Eldos]] týǵan kúni [[birthdate:2007 jylǵy 9 qańtar]], JSN [[iin:070109501834]], sertıfıkat úshin",
            ),
            (
                8,
                ["referral"],
                "[[first:Nurbolat]] - [[quasi:Qosshy aýylyndaǵy jalǵyz dúkenniń ıesiniń uly]], ákesi ony urady deıdi. mektep psıhologyna jiberdim",
            ),
            (11, [], "bir jigit {{Shákárim}} óleńin jatqa oqydy, bári qol soqty"),
        ],
    ),
    (
        "kk",
        "Qosshy",
        ["Erkin Sársenbaı", "Jańabek Qalıev", "Rahat Omar", "Temirjan Ýálıhan"],
        [
            (
                0,
                [],
                "mektep kitaphanasy. 4 jigit, bári tizim boıynsha",
            ),
            (2, ["quote"], "bireýi: «erkek jylamaıdy, ákem de jylamaǵan»"),
            (
                3,
                ["insight"],
                "[[first:Erkinniń|Erkin]] sózi: «meniń atym {{erkin}}, al qaryndasym nege bos emes?» bári oılanyp qaldy",
            ),
            (5, ["resistance"], "[[first:Rahattan|Rahat]] eshteńe shyqpady, tek «bári bir» dedi"),
            (
                7,
                ["follow-up"],
                "[[first:Temirjannyń|Temirjan]] aǵasy [[name:Ýálıhan Asqar]] kólikpen ákeledi, [[plate:305 KTA 03]], tel [[phone:8 771 350 27 94]]",
            ),
            (11, [], "{{Aqmola}} oblysynyń jastar saıasaty basqarmasy sertıfıkat beredi"),
        ],
    ),
    (
        "kk",
        "Astana",
        ["Marlen Kárimov", "Qýat Sadyq", "Serikbol Jaqsylyq", "Ádilbek Nurtaı", "Asylhan Tóleý"],
        [
            (0, [], "{{Nazarbaev Ýnıversıteti}} janyndaǵy kofeınede, 5 jigit"),
            (
                3,
                ["insight"],
                "[[first:Qýattyń|Qýat]] anasy - [[quasi:«Keruen» saýda ortalyǵyndaǵy jalǵyz áıel kúzetshi]], ol anasymen maqtanady",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Asylhan]] email [[email:asylhan.toleu@gmail.com]], mekenjaıy [[address:Astana, Turan dańǵyly 37/2, 48-páter]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Ádilbektiń|Ádilbek]] aıtýynsha, ákesi [[name:Nurtaı Serik]] anasyn urady. {{111}} nómirin berdim, «{{Turmystyq zorlyq-zombylyq profılaktıkasy týraly}}» zańyn túsindirdim",
            ),
        ],
    ),
    (
        "kk",
        "Astana",
        ["Dinmuhammed Ábilov", "Beıbit Toqtar", "Muhtar Ermekov", "Tileýberdi Smaıyl"],
        [
            (
                0,
                [],
                "Saryarqa aýdany, mektep zaly. 4 jigit. [[first:dinmuhammedti|dinmuhammed]] bári [[nick:dimash]] deıdi, ánshi {{Dimash}} sıaqty",
            ),
            (
                3,
                ["insight"],
                "[[first:Beıbit]] aıtty: úıde {{beıbit}} ómir bolý úshin ákesi daýys kótermeýi kerek. tamasha oı",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Muhtardyń|Muhtar]] ákesi [[name:Ermekov Baýyrjan]] habarlasty, [[phone:+7 (775) 604 12 88]], balasy úshin alańdaıdy",
            ),
            (
                8,
                ["referral"],
                "[[first:Tileýberdi]] - [[quasi:mektepte protezben júretin jalǵyz bala]], bullıng. anasy kartasyna aqsha suraıdy [[card:4400 4302 6619 0873]] - bermedim, áleýmettik qyzmetkerge aıttym",
            ),
            (11, [], "kelesi joly {{Áziret Sultan}} meshiti janyndaǵy parkte"),
        ],
    ),
    (
        "kk",
        "Astana",
        ["Rasul Myrzahmet", "Eldar Sapar", "Adlet Baqytuly", "Ismaıyl Naýryzbaı"],
        [
            (0, [], "{{Qazaq eli}} monýmenti janyndaǵy ortalyq. 4 jigit, sońǵy kezdesý"),
            (
                2,
                ["quote"],
                "[[first:Rasul]]: «qaryndasymnyń telefonyn tekserem, bul qamqorlyq». basqasy: «joq, bul baqylaý»",
            ),
            (
                3,
                ["insight"],
                "[[first:Eldardyń|Eldar]] ákesi qaıtys bolǵan, anasy [[name:Saparova Dına]] eki jumysta. «men úıdiń erkegi emes, anamnyń kómekshisimin» dedi",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ismaıyl]] - pasport [[passport:N18823105]], týǵan kúni [[birthdate:12.12.2006]], jumysqa turý úshin",
            ),
            (
                8,
                ["referral"],
                "[[first:Rasuldyń|Rasul]] aıtýynsha, dosy [[name:Arnur]] qyzyn urǵan, beıne Telegram-da taraldy. {{111}} jáne polıseıge habarlastyq",
            ),
            (11, [], "{{Álıhan Bókeıhan}} týraly qysqa beıne kórdik, {{Alash Orda}} tarıhy"),
        ],
    ),
]
