# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
"""Twelfth set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Айгерим, South Kazakhstan): kk Cyrillic; ✔/✘ attendance line first,
    # pastes WhatsApp lines "[hh:mm] Name: text", Kazakh case endings glued to names, -аға/апай.
    (
        "kk",
        "Шымкент",
        ["Бекзат Төлеуов", "Ерлан Сейітов", "Данияр Әбдірахман", "Нұрсұлтан Жақсыбеков", "Асқар Мырзахметов"],
        [
            (
                0,
                [],
                "✔ [[first:Бекзат]] ✔ [[first:Ерлан]] ✔ [[first:Нұрсұлтан]] ✔ [[first:Асқар]] ✘ [[first:Данияр]] (әжесі ауырып қалды). Бәрі {{Шымкент}} қаласының шетінен, Самал ықшамауданы.",
            ),
            (
                1,
                ["quote"],
                "WhatsApp-тан көшірдім:\n[18:42] [[first:Бекзат]]: апай кешігемін автобус жоқ\n[18:44] мен: күтеміз\n[18:51] [[first:Асқар]]: мен де кешігем, [[first:Нұрсұлтанмен|Нұрсұлтан]] келе жатырмын",
            ),
            (
                3,
                ["insight"],
                "«Ер адам жыламайды» дегенге [[first:Ерлан]] қарсы шықты: әкесі әжесі қайтқанда жылапты. {{Абай}} да жүрек туралы көп жазған дейді.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Асқар]]: «қыз алып қашу — салт, {{Тұрмыстық зорлық-зомбылық профилактикасы туралы заң}} бізге қатысы жоқ». [[first:Нұрсұлтан]] онымен дауласты, бірақ көндіре алмады.",
            ),
            (
                8,
                ["referral"],
                "[[first:Бекзаттың|Бекзат]] апайы [[name:Гүлнар Төлеуова]] күйеуінен қорқады. {{150}} нөмірін бердім, өзінің нөмірін жазып алдым: [[phone:+7 702 418 33 90]].",
            ),
            (
                11,
                ["follow-up"],
                "Келесі жолы [[first:Даниярды|Данияр]] шақыру; оның інісі [[nick:Дәке]] де келгісі келеді (15 жаста — ата-анасының рұқсаты керек).",
            ),
        ],
    ),
    (
        "kk",
        "Түркістан",
        ["Мейіржан Оспанов", "Әлихан Тұрсынбаев", "Жандос Құлмаханов", "Ерасыл Бекметов"],
        [
            (
                0,
                [],
                "✔✔✔ ✘ [[first:Ерасыл]] — телефоны өшірулі. Жаңадан [[name:Санжар Әбілқасымов]] келді, бір қатысушының немере інісі.",
            ),
            (
                2,
                ["quote"],
                "[[first:Әлихан]]: «Біздің ауылда [[desc:мешіттің жалғыз азаншысының ұлы]] былтыр қыз алып қашты, бәрі той жасады, қызды ешкім сұраған жоқ».",
            ),
            (
                4,
                ["insight"],
                "{{Қожа Ахмет Ясауи}} кесенесінің қасында тұратын [[first:Мейіржан]] айтты: «Діннен зорлық шықпайды, зорлықты адамдар ойлап тапқан».",
            ),
            (
                6,
                ["resistance"],
                "[[surname:Әбілқасымов]] күлді: «{{Бақыт}} деген — ақшада». [[first:Жандос]] оған: «онда сенің әкең неге бақытсыз?» Ұрысып қала жаздады.",
            ),
            (
                9,
                ["follow-up"],
                "Чаттан:\n[21:10] [[first:Ерасыл]]: кешіріңіз апай, әкем жібермеді\n[21:12] мен: келесі жексенбі келесің бе?\n[21:15] [[first:Ерасыл]]: иә, келем",
            ),
            (
                10,
                ["referral"],
                "[[first:Әлиханның|Әлихан]] әпкесі [[first:Айнұр]] үйде қысым көреді. {{111}} және жергілікті дағдарыс орталығының нөмірін бердім. Оның инстаграмы: [[link:instagram.com/ainur_turk_92]].",
            ),
        ],
    ),
    (
        "kk",
        "Кентау",
        ["Дәурен Исаев", "Бауыржан Кенжебаев", "Темірлан Жолдасов", "Нұрбол Сәрсенов", "Абылай Ахметов"],
        [
            (0, [], "✔✔✔ ✘ [[first:Нұрбол]] ✔ [[first:Абылай]] (кешігіп келді, жарты сағат)"),
            (
                1,
                ["quote"],
                "[[first:Абылай]]: «Менің атымды {{Абылай хан}} құрметіне қойған, сондықтан үйде мен ханмын». Бәрі күлді.",
            ),
            (
                3,
                ["resistance"],
                "[[first:Темірлан]]: «әйелің сенен көп тапса, сен еркек емессің». [[first:Дәурен]]: «менің анам [[name:Сәуле Исаева]] базарда сатады, әкем жұмыссыз, бәрібір әкем бас».",
            ),
            (
                5,
                ["insight"],
                "[[first:Бауыржанның|Бауыржан]] әкесі [[first:Қайрат]] үш жыл {{Мәскеу}}де құрылыста. Ол үш інісіне әке болып жүр, 18 жаста.",
            ),
            (
                8,
                ["referral"],
                "[[first:Темірланның|Темірлан]] көршісі, [[desc:Кентаудағы жалғыз тіс дәрігерінің әйелі]], күйеуінен таяқ жейді деп естідім. Тікелей араласпадым, {{150}} туралы оған айттым.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Ильяс Нұрмағамбетов", "Руслан Ким", "Айдос Жұмабаев", "Бекжан Оразов"],
        [
            (0, [], "✔ 4/4 + қонақ: [[nick:Бека]] (тек тыңдады)"),
            (
                2,
                ["quote"],
                "[[first:Айдос]]: «{{Димаш}} сахнада жылайды, ол әлсіз бе? Жоқ, ол мықты». Класс, осыдан бастадық.",
            ),
            (
                6,
                ["quote"],
                "Чаттан (кешкі):\n[22:40] [[first:Ильяс]]: апай, [[first:Бекжан]] [[first:Аружанды|Аружан]] бақылап отыр, ол 16 жаста ғой\n[22:41] [[first:Ильяс]]: қыздың аккаунты [[handle:@aru_zhan_shym]]\n[22:45] мен: рахмет, ешкімге жазба, өзім сөйлесем",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Бекжанмен|Бекжан]] жеке сөйлесу керек. Нөмірі: [[phone:8 747 205 61 18]], мекенжайы [[address:Шымкент, Тұран даңғылы 27, 45-пәтер]].",
            ),
            (
                11,
                ["insight"],
                "Соңында «{{Алтын}} адам» деген ой шықты: ақшасы барын емес, сөзінде тұратынын айтады. {{Қайрат}} деген сөз де талқыланды: күш емес, шыдам.",
            ),
        ],
    ),
    (
        "kk",
        "Түркістан",
        ["Сұлтан Әміров", "Нұрлыбек Тастанов", "Арман Жүнісов", "Ғалым Сыздықов", "Ерқанат Бөкенов"],
        [
            (
                0,
                [],
                "✔ 4 адам ✘ [[first:Ғалым]] — інісі келіп: «ағам жұмыста» деді. Бәрі {{Түркістан}} облысынан.",
            ),
            (
                3,
                ["insight"],
                "Ерте неке: [[first:Арман]] айтты: «менің {{арманым}} — алдымен оқу бітіру». [[first:Арманның|Арман]] әпкесін 17 жасында тұрмысқа берген.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Ерқанат]]: «{{Сұлтан}} деген — патша, үйде мен патшамын». [[first:Сұлтан]] күлді: «онда мен кіммін?»",
            ),
            (
                7,
                ["quote"],
                "Чат:\n[19:30] [[first:Нұрлыбек]]: апай видео жіберем\n[19:31] [[first:Нұрлыбек]]: [[link:https://www.tiktok.com/@nurlybek_ttt]]\n[19:33] мен: рахмет, ертең талқылаймыз",
            ),
            (
                10,
                ["referral"],
                "[[first:Ерқанаттың|Ерқанат]] анасы [[name:Зәуреш Бөкенова]] ([[dob:12.03.1979]]) мүгедектік бойынша көмек сұрайды; әлеуметтік қызметкерге хат жаздым, анасының поштасы: [[email:zauresh.bokenova79@mail.ru]].",
            ),
        ],
    ),
    (
        "kk",
        "Кентау",
        ["Қуаныш Берікұлы", "Жасұлан Әбенов", "Олжас Қасымов", "Мұхтар Ысқақов"],
        [
            (0, [], "✘ [[first:Олжас]], қалғандары ✔. {{Кентау}}да аз адам, бірақ жақсы өтті."),
            (
                2,
                ["quote"],
                "[[first:Мұхтар]]: «менің атымды {{Мұхтар Әуезов}} құрметіне қойған, бірақ мен кітап оқымаймын» 😂",
            ),
            (
                4,
                ["insight"],
                "Тақырып: ақша. [[first:Жасұлан]] айлығын анасына береді. «{{Қуаныш}} — отбасын асырау» деді, ал біздің [[first:Қуаныш]] күліп: «мен бе?»",
            ),
            (
                6,
                ["resistance"],
                "Чат:\n[23:02] [[first:Олжас]]: маған бұл тренинг керек емес\n[23:03] [[first:Олжас]]: әйел адам ер адамға үйретпейді\n[23:10] [[first:Жасұлан]]: [[nick:Олжеке]] келші, жақсы ғой",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Олжаспен|Олжас]] кездесу керек. Әкесі [[name:Серік Қасымов]] [[address:Кентау, Абай к-сі 14, 27-пәтер]] мекенжайында тұрады; әкесімен сөйлесуге бола ма — әзірге жоқ.",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Ақжол Сапаров", "Нұрдәулет Есенов", "Азамат Халилов", "Шерхан Исмаилов", "Дінмұхаммед Байтақов"],
        [
            (0, [], "✔✔✔✔✔ — бүгін бәрі келді!"),
            (
                1,
                ["quote"],
                "[[first:Азамат]]: «менің атым — {{азамат}}, яғни нағыз ер адам дегені». [[first:Ақжол]]: «онда мен — {{ақ жол}}, жолың болсын» 🙂",
            ),
            (
                3,
                ["referral"],
                "[[surname:Исмаилов]] жеке айтты: ағасы — [[desc:Қарабұлақ ауылының жалғыз учаскелік полицейі]] — әйелін ұрады. Қорқады. «{{Ана үйі}}» орталығы және {{150}} туралы айттым.",
            ),
            (
                5,
                ["quote"],
                "Чат:\n[17:55] [[first:Дінмұхаммед]]: апай [[nick:Дініс]] деп жазыңыз, толық атым ұзын 😅\n[17:56] мен: жарайды, [[nick:Дініс]]",
            ),
            (
                7,
                ["insight"],
                "[[nick:Дініс]] пен [[first:Нұрдәулет]] келісім туралы сахна ойнады: «жоқ» деген — жоқ. [[first:Ақжолдың|Ақжол]] пікірі: «бұрын білмеппін».",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Азаматтың|Азамат]] нөмірі [[phone:+7 775 903 12 44]], телеграмы [[handle:@azamat_khl]]; сертификатқа ЖСН: [[iin:050823500417]].",
            ),
        ],
    ),
    # ---- Facilitator B (Виктор, Kyrgyzstan): ru; numbered roll call "1) ФАМИЛИЯ Имя", ALL-CAPS
    # surnames, clipped names with a dot ("Серж.", "Эрм.", "Ал-др"), a remark in brackets after
    # almost every name, arrows "→" in to-do lines.
    (
        "ru",
        "Бишкек",
        ["Сергей Ткаченко", "Эрмек Асанов", "Нурлан Бейшеналиев", "Тимур Исаков", "Александр Ли"],
        [
            (
                0,
                [],
                "Присутствуют: 1) [[name:ТКАЧЕНКО Серж.]] 2) [[name:АСАНОВ Эрм.]] 3) [[name:БЕЙШЕНАЛИЕВ Нурлан]] (опоздал на 15 мин) 4) [[name:ИСАКОВ Тим.]] 5) [[name:ЛИ Ал-др]] (первый раз)",
            ),
            (
                2,
                ["quote"],
                "[[nick:Серж]]. (всегда шутит): «Настоящий мужик — это тот, кто не спрашивает». Все засмеялись, кроме [[surname:БЕЙШЕНАЛИЕВА|БЕЙШЕНАЛИЕВ]] (серьёзный парень).",
            ),
            (
                4,
                ["insight"],
                "Обсуждали {{Джамилю}} {{Айтматова}}: [[first:Эрмек]] (читал в школе) сказал, что она ушла сама — и это и есть согласие, а не «украли».",
            ),
            (
                6,
                ["resistance"],
                "[[surname:ИСАКОВ]] (руки скрещены весь шаг): «ала качуу — это традиция, {{статья 155}} для городских». [[name:ЛИ Ал-др]] (тихо): «мою тётю так украли, она до сих пор плачет».",
            ),
            (
                8,
                ["referral"],
                "[[first:Тимур]] (после занятия, один): сестра [[name:Айпери Исакова]] (19 лет) хочет уйти от мужа. Дал контакты {{Сезим}} и телефон доверия. Её номер: [[phone:+996 555 31 42 87]].",
            ),
            (11, ["follow-up"], "[[nick:Серж]]. → созвониться в пт. [[nick:Эрм]]. → принести книгу."),
        ],
    ),
    (
        "ru",
        "Каракол",
        ["Бакыт Жумабаев", "Данияр Осмонов", "Кирилл Волков", "Адилет Турдубеков"],
        [
            (
                0,
                [],
                "Присутствуют 4 из 4 (+ младший брат [[surname:ТУРДУБЕКОВА|ТУРДУБЕКОВ]], 14 лет — отправил домой)",
            ),
            (
                1,
                ["insight"],
                "{{Каракол}} — маленький город, все друг друга знают. [[first:Кирилл]] (единственный русский в группе): «у нас в семье то же самое, только водка вместо тоя».",
            ),
            (
                3,
                ["quote"],
                "[[first:Бакыт]] (гордо): «Моё имя значит счастье. {{Бакыт}} — это когда жена молчит». Группа спорила 10 минут.",
            ),
            (
                5,
                ["resistance"],
                "[[surname:ОСМОНОВ]] про ревность: «проверяю телефон девушки каждый день». Девушку зовут [[first:Бегимай]], он (сам!) показал её страницу: [[link:instagram.com/begimai.kkl]].",
            ),
            (
                7,
                ["quote"],
                "[[first:Адилет]] (после паузы): «{{Адилет}} значит справедливость, а какая справедливость, если сестра не может выбрать?»",
            ),
            (
                9,
                ["follow-up"],
                "[[surname:ВОЛКОВ]] (хочет стать ко-фасилитатором) → почта [[email:kirill.volkov.kkl@gmail.com]]. [[surname:ЖУМАБАЕВ]] (ушёл раньше) → позвонить [[phone:0555 18 27 36]].",
            ),
        ],
    ),
    (
        "ru",
        "Токмок",
        [
            "Руслан Мамытов",
            "Эльдар Сыдыков",
            "Максат Токтогулов",
            "Владислав Ким",
            "Азат Абдыкеримов",
            "Чынгыз Орозбеков",
        ],
        [
            (
                0,
                [],
                "Присутствуют все 6: 1) [[name:МАМЫТОВ Р.]] (опоздал) 2) [[name:КИМ Слава]] (по паспорту иначе) 3) [[name:ОРОЗБЕКОВ Чынгыз]] (пришёл с другом, тот ушёл через час), остальные без замечаний",
            ),
            (
                2,
                ["quote"],
                "[[nick:Слава]] ([[first:Владислав]], по паспорту): «{{Слава}} богу, у нас дома никто не бьёт, но отец решает всё, даже кем мне работать».",
            ),
            (
                4,
                ["insight"],
                "Песни {{Токтогула}} про долю женщины — [[first:Максат]] (играет на комузе) знает наизусть, предложил спеть в следующий раз.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Чынгыз]] (громко): «меня назвали в честь {{Чингисхана}}, мужчина должен быть ханом». [[surname:АБДЫКЕРИМОВ]] (сидел рядом): «хан без народа — никто».",
            ),
            (
                8,
                ["referral"],
                "[[surname:МАМЫТОВ]] (отвёл в сторону): отчим [[first:Жыргалбек]] — [[desc:единственный ветеринар на весь Кеминский район]] — бьёт мать. Дал номер {{Сезим}}, предложил съездить вместе.",
            ),
            (10, ["follow-up"], "[[nick:Эльд]]. (телефон сел) → написать в тг [[handle:@eldar_sydykov]]."),
        ],
    ),
    (
        "ru",
        "Бишкек",
        ["Нурсултан Абдраимов", "Айбек Шаршенов", "Дмитрий Полищук", "Бекболот Усенов"],
        [
            (0, [], "Присутствуют 3 из 4; [[surname:УСЕНОВ]] (отсутствует — свадьба брата)"),
            (
                3,
                ["insight"],
                "{{Любовь}} ≠ контроль. Написали на флипчарте. [[nick:Дим]]. (сам предложил): «{{Вера}} в партнёра важнее, чем его пароль».",
            ),
            (
                5,
                ["quote"],
                "[[first:Айбек]] (таксист, 22 г.): «Если жена зарабатывает больше — она уже не жена». Машина у него [[plate:01 KG 457 ABM]], возит ночью, говорит, что видит многое.",
            ),
            (
                9,
                ["referral"],
                "[[first:Нурсултан]] (опять про «традиции»): брат [[first:Бекболот]] украл невесту в субботу. Невеста — [[name:Жылдыз Касымалиева]], [[first:Айбек]] (возил их) знает её: «плакала в машине». Сообщил в {{Сезим}}; адрес с его слов: [[address:мкр. Джал-29, д. 14, кв. 56]].",
            ),
            (
                11,
                ["follow-up"],
                "[[surname:УСЕНОВ]] (отсутствовал) — обязательно позвонить: [[phone:0700 612 984]]. {{Надежда}} есть, но слабая.",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        ["Таалай Бообеков", "Марат Нуралиев", "Жоомарт Сатыбалдиев", "Игорь Шевченко", "Нурбек Абакиров"],
        [
            (0, [], "Явка: 4 из 5, [[name:ШЕВЧЕНКО Игорь]] − (третий раз)"),
            (
                2,
                ["quote"],
                "[[first:Таалай]] (серьёзно): «{{Манас}} тоже жену слушал — {{Каныкей}} его спасла». Интересный поворот.",
            ),
            (
                4,
                ["insight"],
                "Про отцов-мигрантов: отец [[first:Марата|Марат]] в {{Екатеринбурге}} 8 лет. Он (старший из пяти): «я папа для младших». Тренирует их у [[desc:единственного тренера по боксу в Тюпском районе]].",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Жоом]]. (играл на гитаре во время обсуждения) — попросил убрать. Обиделся. Потом сказал: «мой {{таалай}} — что я не женат» 😄",
            ),
            (
                9,
                ["follow-up"],
                "[[surname:ШЕВЧЕНКО]] (не пришёл) → написать маме: [[name:Ольга Шевченко]], [[phone:+996 772 48 19 03]]. [[nick:Нурб]]. (активный) → пригласить на ToT.",
            ),
        ],
    ),
    (
        "ru",
        "Токмок",
        ["Арсен Жээнбеков", "Бектур Алымкулов", "Евгений Морозов", "Мирлан Касымов"],
        [
            (0, [], "Пришли все четверо, [[surname:МОРОЗОВ]] (с опозданием)."),
            (
                1,
                ["quote"],
                "[[nick:Жека]] (отец ушёл, живёт с бабушкой): «я не знаю, каким должен быть мужик, меня никто не учил».",
            ),
            (
                3,
                ["insight"],
                "[[first:Мирлан]] (студент КНУ) про сестру — [[name:Эльмира Касымова]], вышла замуж в 17. Обсудили {{Семейный кодекс}}: брак с 18.",
            ),
            (
                7,
                ["referral"],
                "[[nick:Жека]] после: бабушка [[name:Нина Морозова]] ([[dob:03.11.1951]]) — нужна помощь соцработника. Адрес: [[address:г. Токмок, ул. Ленина 112, кв. 3]].",
            ),
            (
                10,
                ["follow-up"],
                "[[surname:ЖЭЭНБЕКОВ]] (молчал весь день) → спросить лично. {{Токмок}} → в следующий раз зал побольше.",
            ),
        ],
    ),
    (
        "ru",
        "Бишкек",
        ["Айдар Кулуев", "Павел Сергеев", "Эмиль Жусупов", "Султан Маматов", "Азамат Эсенгулов"],
        [
            (
                0,
                [],
                "Встретились у {{Ала-Тоо}}, потом в офис. 1) [[name:КУЛУЕВ Айд.]] 2) [[name:СЕРГЕЕВ Паша]] (вернулся после перерыва) 3) [[name:ЖУСУПОВ Эмиль]] 4) [[name:МАМАТОВ Султ.]] 5) [[name:ЭСЕНГУЛОВ Азамат]]",
            ),
            (
                2,
                ["insight"],
                "Фильм «{{Курманжан Датка}}» — [[first:Эмиль]] (смотрел дважды) привёл как пример сильной женщины-лидера.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Паша]] (про деньги): «зарплату отдаю маме, жене не дам — женщины тратят». [[nick:Айд]]. (женат 1 год): «моя жена [[first:Нургуль]] ведёт бюджет лучше меня».",
            ),
            (
                6,
                ["resistance"],
                "[[surname:МАМАТОВ]] включил {{Мирбека Атабекова}} на телефоне во время упражнения (протест?). Обсудили песню — о любви, не о контроле, он согласился.",
            ),
            (
                8,
                ["referral"],
                "[[surname:ЭСЕНГУЛОВ]] (тихо): друг [[name:Бекжан Токоев]] ([[handle:@bekjan_tokoev]]) выложил фото бывшей девушки без согласия. Объяснил, что это преступление; дал номер юриста.",
            ),
            (
                11,
                ["follow-up"],
                "[[nick:Айд]]. → пригласить жену на смешанную сессию? [[nick:Паша]] → позвонить [[phone:+996 509 77 20 41]].",
            ),
        ],
    ),
    # ---- Facilitator C (Malika, Tajikistan): en; opens with a pipe table (name | nickname |
    # came), English nicknames the boys chose (Boss, Shorty, Doc, Tiger...), then uses the
    # nicknames; -jon and -aka forms, Tajik words (padar, modar, bacha, rahmat) dropped in.
    (
        "en",
        "Dushanbe",
        ["Firuz Rahimov", "Behruz Nazarov", "Umed Saidov", "Daler Kurbonov", "Siyovush Ismoilov"],
        [
            (
                0,
                [],
                "| name | nickname | came? |\n|---|---|---|\n| [[name:Firuz Rahimov]] | [[nick:Boss]] | yes |\n| [[name:Behruz Nazarov]] | [[nick:Shorty]] | yes |\n| [[name:Umed Saidov]] | - | yes |\n| [[name:Daler Kurbonov]] | [[nick:Doc]] | late |\n| [[name:Siyovush Ismoilov]] | [[nick:Tiger]] | no |",
            ),
            (
                2,
                ["quote"],
                "[[nick:Boss]] ([[first:Firuzjon|Firuz]]): 'A real man pays for everything, even if he borrows.' [[nick:Shorty]] laughed: 'then you owe me 200 {{somoni}}'.",
            ),
            (
                4,
                ["insight"],
                "[[first:Umed]] explained his name literally means '{{umed}}', hope. 'My hope is to marry someone I chose, not my padar.'",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Doc]] (medical student) on consent: 'in the old books nobody asks the bride'. We read a few lines of {{Firdawsi}} together - it was more complex than he thought.",
            ),
            (
                9,
                ["follow-up"],
                "[[nick:Tiger]] missed again. His padar answered the phone ([[phone:+992 93 418 22 07]]) - said [[first:Siyovush]] works at the bazaar now.",
            ),
        ],
    ),
    (
        "en",
        "Khujand",
        ["Jamshed Yusupov", "Shohrukh Alimov", "Farhod Tursunov", "Bahrom Safarov"],
        [
            (
                0,
                [],
                "| who | spoke first | mood |\n|---|---|---|\n| [[nick:Lucky]] | yes | :) |\n| [[surname:Alimov]] | no | :/ |\n| [[nick:Smiley]] | yes | :) |\n| [[surname:Safarov]] | - | :( |",
            ),
            (
                3,
                ["referral"],
                "[[first:Shohrukh]] stayed after: his sister [[name:Mohira Alimova]] ([[dob:02.08.1999]]) was taken to Russia by her husband, no contact since spring. Gave the number of {{Gulrukhsor}} in {{Khujand}}. Her old page: [[link:ok.ru/profile/573920184]].",
            ),
            (
                5,
                ["resistance"],
                "[[first:Bahrom]] on jealousy: 'if my girl talks to other boys she is not serious'. [[nick:Lucky]] pushed back: 'bro, you talk to ten girls'.",
            ),
            (
                7,
                ["quote"],
                "[[nick:Smiley]]: 'My father [[first:Tursun]]-aka never hit my mother, but he never said {{rahmat}} to her either.' Strong moment, nobody joked.",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Lucky]] wants to volunteer - e-mail [[email:jamshed.yusupov.khj@gmail.com]]. We were {{lucky}} that nobody from the mahalla came to check on us.",
            ),
        ],
    ),
    (
        "en",
        "Kulob",
        ["Sino Rahmonov", "Manuchehr Davlatov", "Nozim Sharipov", "Komron Hakimov", "Ilhom Mirzoev"],
        [
            (
                0,
                [],
                "Only one absent today:\n| name | reason |\n|---|---|\n| [[name:Komron Hakimov]] | unknown, phone off |",
            ),
            (
                2,
                ["insight"],
                "We met near the {{Mir Sayyid Ali Hamadani}} complex. [[first:Sino]] is named after {{Ibn Sino}} and wants to be a doctor; he said a doctor cannot be a man who hides his feelings.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Captain]]: 'In {{Kulob}} if you don't marry by 22 people ask if you are sick.' [[first:Manuchehr]] nodded: 'my bacha-amak already has two kids at 21'.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Ilhom]] defended early marriage: 'my modar married at 16 and she is happy'. Asked: did anyone ask her? - 'nobody asks modar-jon anything' (laughs).",
            ),
            (
                8,
                ["referral"],
                "[[first:Ilhom]] says [[first:Komron]] was beaten by his uncle [[name:Hakim Nurov]], [[desc:the only pharmacist in the Dahana jamoat]]. Need to check carefully. His number: [[phone:+992 918 55 63 10]].",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        ["Parviz Odinaev", "Rustam Qodirov", "Bobur Nematov", "Mehrubon Safarov"],
        [
            (
                0,
                [],
                "Small group, they chose nicknames:\n| nick | came |\n|---|---|\n| [[nick:Pilot]] | v |\n| [[nick:Rusty]] | v |\n| [[nick:King]] | v |\n| [[nick:Teddy]] | v |",
            ),
            (
                1,
                ["quote"],
                "[[nick:King]]: 'my name is from {{Babur}}, so I should rule my house' - [[nick:Teddy]]: 'my name means {{mehrubon}}, kind, so I should make the tea?' Good icebreaker.",
            ),
            (
                3,
                ["insight"],
                "[[nick:Rusty]] told about his padar in Russia for 10 years: 'he sends money, not love'. [[first:Rustamjon|Rustam]]'s mother [[first:Zarina]] runs the house alone; home visit planned at [[address:46 Rudaki Ave, apt 31]].",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Pilot]] (drives a marshrutka, plate [[plate:4521 AB 01]]) thinks girls who walk at night 'ask for it'. Long discussion. Not convinced.",
            ),
            (
                8,
                ["follow-up"],
                "Walked to the {{Ismoil Somoni}} statue after. [[nick:Teddy]] wants more sessions, Telegram [[handle:@mehrubon_s]].",
            ),
        ],
    ),
    (
        "en",
        "Khujand",
        ["Alisher Nurmatov", "Sherzod Hamidov", "Akmal Toshev", "Dilshod Rajabov", "Otabek Umarov"],
        [
            (0, [], "| came | late | absent |\n|---|---|---|\n| 4 | [[first:Dilshod]] | - |"),
            (
                2,
                ["insight"],
                "[[first:Alisher]] quoted {{Alisher Navoi}} in Uzbek about respecting women; half of the group is Uzbek-speaking here in {{Khujand}}, so it landed well.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Prof]] ([[surname:Umarov]], the oldest): 'my aunt [[name:Nigora Umarova]] left her husband and the whole family stopped talking to her. I still call her.'",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Lion]] ([[surname:Hamidov]]) on money: 'a woman's salary is for her lipstick'. [[first:Akmal]] disagreed - his mother runs a shop and the whole family lives on it.",
            ),
            (
                8,
                ["referral"],
                "[[first:Dilshod]] asked for help for his cousin [[first:Madina]] (17): the family is arranging her marriage next month. Referred to {{Gulrukhsor}}; cousin lives at [[address:Kamoli Khujandi St 12, apt 7]].",
            ),
            (
                11,
                ["follow-up"],
                "[[nick:Prof]] - e-mail [[email:otabek.umarov@inbox.ru]] for the reading list.",
            ),
        ],
    ),
    (
        "en",
        "Kulob",
        ["Saidjon Qurbonov", "Amirkhon Latipov", "Navruz Sharifov", "Zafar Boboev"],
        [
            (
                0,
                [],
                "| nick | status |\n|---|---|\n| [[nick:Sunny]] | here |\n| [[nick:Amir]] | here |\n| [[first:Navruz]] | here |\n| [[nick:Rocket]] | sick |",
            ),
            (
                2,
                ["quote"],
                "[[first:Navruz]] was born on {{Navruz}} ([[dob:21.03.2006]]), so 'every year the whole country celebrates my birthday'. Used it to ask who cooks on holidays - his mother and sisters, always.",
            ),
            (
                4,
                ["insight"],
                "[[nick:Sunny]]: 'in {{Kulob}} men cook plov only for guests - then it is men's work; at home it is women's work'.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Amir]] on bride price: 'if I pay, she is mine'. Long silence. Someone said: 'she is not a phone you buy'. His cousin drives for [[desc:the only woman taxi driver in Kulob]] and told him she is 'not a real woman' - we unpacked that.",
            ),
            (
                9,
                ["follow-up"],
                "[[nick:Rocket]] ([[surname:Boboev]]) sick - his brother [[first:Farrukh]] will pass the handout. Call [[phone:+992 90 711 84 26]].",
            ),
        ],
    ),
    (
        "en",
        "Dushanbe",
        ["Khurshed Aminov", "Iskandar Valiev", "Rahmatullo Nazarov", "Faridun Ashurov", "Mansur Kholov"],
        [
            (
                0,
                [],
                "| name | nick | came |\n|---|---|---|\n| - | [[nick:Sunshine]] | v |\n| [[first:Iskandar]] | [[nick:Alex]] | v |\n| [[first:Rahmatullo]] | [[nick:Rahmat]] | v |\n| - | [[nick:Manny]] | x |",
            ),
            (
                2,
                ["quote"],
                "[[nick:Rahmat]]: '{{rahmat}} is the only word my father says to my mother, once a year' - everyone went quiet.",
            ),
            (
                4,
                ["insight"],
                "[[first:Faridun]] knows the {{Shahnameh}} well; he said the hero {{Faridun}} defeats a tyrant, 'and a tyrant at home is also a tyrant'.",
            ),
            (
                6,
                ["resistance"],
                "[[nick:Alex]]: 'my uncle says {{Iskandar}} took a wife from every land he conquered'. Discussed war vs consent.",
            ),
            (
                8,
                ["referral"],
                "[[nick:Manny]] absent - his cousin [[name:Shahlo Kholova]] wrote to me on Instagram ([[handle:@shahlo.kh]]) asking about a lawyer for divorce. Forwarded to legal aid; they need her passport number, she sent it: [[passport:A 7302914]].",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Sunshine]] will bring two friends. His number [[phone:+992 987 30 15 62]].",
            ),
        ],
    ),
    # ---- Facilitator D (Nodirbek, Fergana valley / Samarkand): ru workshops, but types Russian
    # in Latin letters, all lowercase (roster too), Uzbek words (aka, opa, yigitlar, to'y, kelin),
    # arrows "->" and "=>", ✓/✗ after names.
    (
        "ru",
        "Самарканд",
        ["sherzod karimov", "jaxongir rashidov", "ulugbek toshmatov", "bexzod yuldashev", "doston safarov"],
        [
            (0, [], "prishli: vse krome [[first:bexzod]] -> net (rabotaet na to'ye u dyadi)"),
            (
                1,
                ["insight"],
                "sobralis' u {{registan}}, potom v mahalla-markaz. [[first:ulugbek]] poshutil chto ego nazvali v chest' {{ulug'bek}} observatorii -> 'ya tozhe uchenyy' :)",
            ),
            (
                3,
                ["quote"],
                "[[first:sherzod]]: 'muzhchina dolzhen byt' kak {{amir temur}}, vse reshaet sam' -> [[first:doston]]: 'on tozhe sovetovalsya s zhenoy, ya chital'",
            ),
            (
                8,
                ["referral"],
                "[[first:bexzod]] napisal pozzhe v telegu: sestra [[first:malika]] xochet uchit'sya v toshkente, otec protiv. dal kontakt. nomer [[first:bexzoda|bexzod]]: [[phone:+998 90 214 37 65]]",
            ),
            (
                10,
                ["follow-up"],
                "-> [[first:doston]] xochet stat' volontyorom, pochta [[email:doston.safarov2004@mail.ru]]",
            ),
        ],
    ),
    (
        "ru",
        "Фергана",
        ["aziz axmedov", "bobur mirzaev", "sardor xasanov", "oybek nazarov"],
        [
            (
                0,
                [],
                "yigitlar: 3 ✓, [[first:oybek]] ✗ (pozvonit' [[phone:+998 97 350 22 14]]). [[first:sardor]] s bratom [[first:umidjon|umid]]",
            ),
            (
                2,
                ["quote"],
                "[[first:sardor]]: 'u nas v {{fargona}} esli devushka poet kak {{shahzoda}} -> uzhe isporchennaya'. smeyalis' no grustno",
            ),
            (
                4,
                ["insight"],
                "[[first:aziz]] -> pro otca: ego dada [[first:ahmad]] aka rabotaet v {{moskve}} 6 let, 'ya ego pomnyu po golosu v telefone'",
            ),
            (
                6,
                ["resistance"],
                "[[first:bobur]] => 'revnost' = lyubov''. proveryaet telefon devushki [[first:sevara]]; ee insta [[link:instagram.com/sevara_fgn]] -> on sam pokazal na ekrane!",
            ),
            (
                9,
                ["insight"],
                "v konce [[first:umidjon|umid]] (mladshiy brat [[first:sardora|sardor]], 15) skazal: '{{umid}} bor' = nadezhda est'. zapisal.",
            ),
        ],
    ),
    (
        "ru",
        "Наманган",
        ["murod ismoilov", "abbos qodirov", "javohir tursunov", "ravshan yoqubov", "nodir ergashev"],
        [
            (
                0,
                [],
                "spisok: [[first:murod]] ✓ [[first:abbos]] ✓ [[first:javohir]] ✓ [[first:ravshan]] ✗ (bolnoy) [[first:nodir]] ✓",
            ),
            (
                2,
                ["insight"],
                "chitali stixi {{nodira}} i {{zulfiya}} -> [[first:nodir]]: 'eto zhe zhenskaya versiya moego imeni' haha. no potom ser'ezno pro to chto ee ne slushali",
            ),
            (
                4,
                ["quote"],
                "[[first:javohir]]: 'otec skazal -> zhenish'sya na dochke ego druga, [[name:gulnoza rahimova]], ya ee dazhe ne videl'",
            ),
            (
                8,
                ["referral"],
                "[[first:murod]] (posle) -> mat' [[first:xurshida]] opa, [[desc:edinstvennaya akusherka v kishlake chortoq-bolo]], b'et otchim. dal nomer {{1146}}",
            ),
            (
                10,
                ["follow-up"],
                "[[first:ravshan]] -> pozvonit' [[phone:+998 93 507 11 82]]; telega [[handle:@ravshan_yoqubov]]",
            ),
        ],
    ),
    (
        "ru",
        "Самарканд",
        [
            "islom nurmatov",
            "sanjar abdullaev",
            "farrux xolmatov",
            "behruz saidov",
            "anvar latipov",
            "baxtiyor umarov",
        ],
        [
            (0, [], "vse 6 ✓ -> [[nick:baxa]] ([[first:baxtiyor]]) s tortom, u nego d.r."),
            (
                3,
                ["quote"],
                "[[first:islom]]: 'v {{islom}} net nasiliya nad zhenoy' -> [[first:anvar]] vozrazil citatoy, sporili, no uvazhitel'no",
            ),
            (
                5,
                ["insight"],
                "[[nick:baxa]]: '{{baxt}} -> eto kogda doma tiho, a ne kogda vse boyatsya'. sil'no.",
            ),
            (
                9,
                ["referral"],
                "[[first:behruz]] -> drug [[first:shoxrux]] snyal video s devushkoy bez soglasiya, vylozhil v kanal [[link:t.me/samq_yigitlar]]. rasskazal kuda zhalovat'sya",
            ),
            (
                11,
                ["follow-up"],
                "[[surname:abdullaev]] -> pasport dlya sertifikata: [[passport:AB 4718290]]. ne zabyt' vernut' kopiyu!",
            ),
        ],
    ),
    (
        "ru",
        "Фергана",
        ["jasur raximov", "shohjahon aliev", "ulmas karimov", "temur yusupov"],
        [
            (0, [], "yigitlar: 3 ✓, [[first:temur]] ✗"),
            (
                2,
                ["quote"],
                "[[nick:shoxa]]: 'moya {{orzu}} -> uexat' v koreyu, rabotat', potom zhenit'sya sam, ne po vyboru mamy'",
            ),
            (
                6,
                ["resistance"],
                "[[first:jasur]] => 'esli devushka vyxodit zamuzh posle 25 -> nikto ne voz'met'. tetya [[name:mohira raximova]] (30, ne zamuzhem) po ego slovam 'pozor sem'i'",
            ),
            (
                8,
                ["follow-up"],
                "[[first:temur]] ne prishel -> mama skazala po telefonu chto on v {{toshkent}}e na stroyke. nomer mamy [[phone:+998 91 620 48 33]]",
            ),
            (
                10,
                ["quote"],
                "v konce [[nick:shoxa]]: 'esli by moy otec byl takim kak my segodnya govorili...' -> tishina. dobavil ego v gruppu [[handle:@shoxa_fgn]]",
            ),
        ],
    ),
    (
        "ru",
        "Наманган",
        ["dilmurod xasanov", "ibrohim sobirov", "asilbek g'aniev", "elyor mamatqulov", "quvonch tojiev"],
        [
            (0, [], "spisok -> vse 5 ✓!"),
            (
                2,
                ["quote"],
                "[[first:quvonch]]: 'moe imya = {{quvonch}}, radost'. a doma radosti net, papa p'et' -> pogovorit' otdel'no",
            ),
            (
                6,
                ["insight"],
                "[[first:asilbek]] rasskazal chto [[desc:predsedatel' mahalli bog'ishamol]] sam ugovarivaet zhenshchin 'terpet''. {{sabr}} -> slovo dnya, no v plohom smysle",
            ),
            (
                8,
                ["referral"],
                "[[first:quvonch]] -> mama [[name:feruza tojieva]], nomer [[phone:+998 94 113 72 09]]. dal {{1146}}",
            ),
            (
                11,
                ["follow-up"],
                "[[first:dilmurod]] -> ochen' aktivnyy, priglasit' v gruppu, ego tg [[handle:@dilmurod_xas]]",
            ),
        ],
    ),
    (
        "ru",
        "Самарканд",
        ["mirjalol toshpulatov", "axror sultonov", "firdavs nurullaev", "husan karimov"],
        [
            (0, [], "prishli: vse 4 ✓ -> [[nick:mirik]] opozdal"),
            (
                2,
                ["insight"],
                "gulyali mimo {{bibixonim}} -> [[first:axror]]: 'eto zhe zhenshchina postroila?' -> istoriya pro zhenu {{temura}}. xoroshiy start",
            ),
            (
                4,
                ["quote"],
                "[[nick:mirik]]: 'moy brat [[first:jamshid]] ukral nevestu v 2022, teper' u nix rebenok i vse normal'no'. [[first:husan]] -> 'a ty ee sprashival?'",
            ),
            (
                6,
                ["resistance"],
                "[[first:firdavs]] => 'zhenshchina bez muzha kak dom bez kryshi'. obsudili poslovicy. on zhe potom: '{{firdavs}} -> raj pod nogami materi'",
            ),
            (
                9,
                ["referral"],
                "[[first:husan]] -> sosed [[name:rustam aliev]] (mashina [[plate:30 A 457 KB]]) b'et zhenu, vsya ulica slyshit. dal kontakt i {{1146}}",
            ),
            (
                11,
                ["follow-up"],
                "[[nick:mirik]] -> data rozhdeniya dlya sertifikata [[dob:07.09.2005]], pochta [[email:mirjalol.t@gmail.com]]",
            ),
        ],
    ),
    # ---- Facilitator E (Dana, Almaty / Taraz / Qyzylorda): kk in the Latin alphabet with
    # á ǵ ı ń ó ú ý; the same boy's name spelled two or three ways in one session (typos),
    # nicknames that are ordinary words (Kirpish, Professor, Dombyra, Tanker, Balapan, Kapitan).
    (
        "kk",
        "Almaty",
        ["Nurjan Tólegenov", "Erasyl Baıjanov", "Dáýren Seıitqali", "Temirlan Ospan", "Álıhan Mámbetov"],
        [
            (
                0,
                [],
                "Keldi: [[first:Nurjan]], [[first:Erasyl]], [[first:Dáýren]], [[nick:Kirpish]] ([[first:Temirlan]]), [[first:Álıhan]]. [[first:Nurzhan|Nurjan]] 20 mınýt keshikti.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Kirpish]]: «er adam — {{kirpish}} sıaqty, qatty bolý kerek». Ákesi {{kirpish zaýyty}}nda isteıdi, laqap aty sodan.",
            ),
            (
                4,
                ["insight"],
                "[[first:Nrujan|Nurjan]] men [[first:Dáuren|Dáýren]] kelisim týraly rolde oınady: «joq» degen — joq. {{Abaı}} «{{Adam bol}}» degen, sony eske aldyq.",
            ),
            (
                6,
                ["resistance"],
                "[[surname:Mámbetov]]: «qyz alyp qashý — bizdiń dástúr». [[first:Erasyl]] qarsy: ápkesi [[name:Aıgerim Baıjanova]] solaı úılenip, qazir ajyrasqan.",
            ),
            (
                9,
                ["follow-up"],
                "[[first:Erasyldyń|Erasyl]] nómiri [[phone:+7 707 388 14 92]]; ápkesine kómek kerek bolsa 150.",
            ),
        ],
    ),
    (
        "kk",
        "Taraz",
        ["Beıbit Jaqypov", "Meıirjan Ábdirov", "Sanjar Nurmaǵambet", "Ádilet Qasen"],
        [
            (0, [], "Bar: barlyǵy 4. [[nick:Professor]] ([[first:Ádilet]]) eń birinshi keldi."),
            (
                1,
                ["insight"],
                "Taraz mańyndaǵy {{Aısha bıbi}} kesenesi týraly ańyz: súıispenshilik pen tańdaý. [[first:Beıbit]] ańyzdy jaqsy biledi, ózi aıtyp berdi.",
            ),
            (
                3,
                ["quote"],
                "[[nick:Professor]]: «{{ádilet}} degen — qaryndasymnyń da tańdaý quqyǵy bar degen sóz». Ol rasymen {{professor}} sıaqty sóıleıdi.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Sanjar]] qyzǵanysh týraly: «súıgenimniń telefonyn tekserý — qalypty». Súıgeniniń aty [[first:Aqerke]], paraqshasy [[handle:@akerke_trz]].",
            ),
            (
                7,
                ["referral"],
                "[[first:Meıirjan]] jeke aıtty: ákesi [[first:Asqar]] anasyn urady, [[address:Taraz, Tóle bı kóshesi 88, 15-páter]]. {{150}} berdim, polısıaǵa barǵysy kelmeıdi.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Meıirzhan|Meıirjan]] — qaıta habarlasý, [[phone:8 701 554 20 37]]. [[nick:Professor]] týǵan kúni [[dob:19.11.2004]], sertıfıkat úshin.",
            ),
        ],
    ),
    (
        "kk",
        "Qyzylorda",
        ["Qýanysh Ábdihalyq", "Jandos Erjanov", "Bekzat Smaıyl", "Oljas Nurlanuly", "Azamat Tursyn"],
        [
            (
                0,
                [],
                "{{Qyzylorda}}daǵy jastar ortalyǵynda. Bári keldi; laqaptar: [[nick:Dombyra]] ([[first:Jandos]]), [[nick:Tanker]] ([[first:Bekzat]]).",
            ),
            (
                2,
                ["insight"],
                "{{Qorqyt ata}} ańyzy — ólimnen qashý. [[nick:Dombyra]] kúı tartty, keıin: «er adamnyń kóz jasy — {{dombyra}} úni sıaqty» dedi.",
            ),
            (
                4,
                ["quote"],
                "[[nick:Tanker]]: «men úlkenmin, sondyqtan bárin qorǵaımyn — biraq qaryndasym [[first:Aıdana]] meni qorǵaıdy» 🙂",
            ),
            (
                6,
                ["resistance"],
                "[[first:Oljas]] erte neke týraly: «17-de úılený qalypty, anam solaı». [[first:Azamt|Azamat]] qarsy boldy, ol ashýlanyp shyǵyp ketti.",
            ),
            (
                8,
                ["referral"],
                "[[first:Qýanyshtyń|Qýanysh]] tátesi [[name:Gúlnar Ábdihalyqova]] — [[desc:Shıeli aýdanyndaǵy jalǵyz áıel ákim orynbasary]] — kómek usyndy, dástúrli neke týraly sóılesedi.",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Tanker]] — sertıfıkatqa JSN: [[iin:040617500381]]. [[first:Olzhas|Oljas]] — qaıta shaqyrý, telefon almaıdy.",
            ),
        ],
    ),
    (
        "kk",
        "Almaty",
        ["Ernur Saparbekov", "Dıas Orynbaı", "Nurbolat Seıtjan", "Alıhan Jumabek", "Rýslan Qasymov"],
        [
            (0, [], "Keldi: bes jigit; [[first:Dias|Dıas]] dosy [[first:Aldıardy|Aldıar]] ákeldi."),
            (
                2,
                ["quote"],
                "[[first:Ernur]]: «{{Ninety One}} jigitteri makıaj jasaıdy, olar er adam emes». [[first:Rýslan]]: «olar mıllıon tabady, al sen she?» 😂",
            ),
            (
                4,
                ["insight"],
                "[[first:Nurbolat]]: «{{nur}} — jaryq, meniń atymda bar. Úıde jaryq bolý úshin aıqaılamaý kerek».",
            ),
            (
                6,
                ["resistance"],
                "[[surname:Jumabek]] aqsha týraly: «áıel aılyǵyn kúıeýine beredi, bul zań». Qaısy zań? — jaýap joq. {{Qazaqstan Respýblıkasynyń Konstıtýsıasy}} týraly aıttyq.",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Rýslan]] ([[first:Ruslan|Rýslan]] dep te jazady) — ınstasy [[link:instagram.com/ruslan_qasym]], poshtasy [[email:ruslan.qasymov@bk.ru]]; JSN: [[iin:030205500912]].",
            ),
            (
                10,
                ["quote"],
                "[[nick:Balapan]] (eń kishisi, 15): «men úılengende áıelim tańdaıdy» — bári kúldi, biraq jaqsy kúldi.",
            ),
        ],
    ),
    (
        "kk",
        "Taraz",
        ["Asylbek Nurlybaev", "Erlan Kenjebek", "Baýyrjan Seıdahmet", "Maqsat Ómirzaq"],
        [
            (0, [], "Bar: tórteýi de; [[first:Baýyrjan]] (laqaby [[nick:Kapitan]]) kólikpen ákeldi."),
            (
                2,
                ["insight"],
                "[[first:Baýyrjan]] atyn {{Baýyrjan Momyshuly}} qurmetine qoıǵan. «{{Batyr}} — áıelin urmaıtyn adam» dedi ol.",
            ),
            (4, ["quote"], "[[first:Maqsat]]: «{{Jeńis}} — sabyr, aıqaı emes». [[first:Erlan]] qoldady."),
            (
                6,
                ["resistance"],
                "[[first:Asylbk|Asylbek]]: «áıel tańdasa, otbasy buzylady». Anasy [[name:Raýshan Nurlybaeva]] ózi tańdap úılengen eken — qarama-qaıshylyq, ózi de kúldi.",
            ),
            (
                8,
                ["referral"],
                "[[first:Erlannyń|Erlan]] kórshisi, [[desc:Qaratas aýylyndaǵy jalǵyz mektep dırektorynyń uly]], qyzdy alyp qashpaq bolǵan. {{150}} jáne polısıa.",
            ),
            (
                10,
                ["follow-up"],
                "[[nick:Kapitan]] kóligi [[plate:777 ABK 08]] — keler joly bárin ákeledi. Nómiri [[phone:+7 776 412 09 58]].",
            ),
        ],
    ),
    (
        "kk",
        "Qyzylorda",
        ["Nurasyl Ábdiraıym", "Ermek Saǵyndyq", "Aıbek Tileý", "Shyńǵys Maqsutov", "Arman Baqytjan"],
        [
            (0, [], "Keldi: bes jigit, [[first:Shyngys|Shyńǵys]] keshikti."),
            (
                2,
                ["quote"],
                "[[first:Arman]]: «meniń {{armanym}} — anamdy Almatyǵa alyp ketý». [[first:Armannyń|Arman]] ákesi [[first:Baqytjan]] jumys izdep Reseıge ketken.",
            ),
            (
                4,
                ["insight"],
                "[[first:Shyńǵys]]: «meni {{Shyńǵys han}} dep ataıdy, biraq men soǵysqa qarsymyn». Kúldik.",
            ),
            (
                6,
                ["resistance"],
                "[[first:Ermek]]: «qyzdy ata-anasy tańdaıdy, sol — {{baqyt}}». [[first:Aıbek]] kelispedi: «onda nege anań jylaıdy?»",
            ),
            (
                8,
                ["referral"],
                "[[first:Nurasyl]] jeke aıtty: qaryndasy [[name:Aıjan Ábdiraıym]] ([[dob:2008 j. 14 naýryz]]) mektepten keıin kúıeýge berilmek. {{150}} jáne mektep psıhologyna aıttym.",
            ),
            (
                10,
                ["follow-up"],
                "[[first:Nurasl|Nurasyl]] — [[handle:@nurasyl_abd]], [[first:Ermek]] — [[phone:+7 708 233 91 06]].",
            ),
        ],
    ),
    # ---- Facilitator F (Aizhan, South & Inner Kyrgyzstan): en; dictates notes by voice, so no
    # capitals or punctuation except spoken "comma", "full stop", "new line", "quote ... end quote";
    # names sometimes misheard ("nor beck"); call lists "call list colon one ... new line two ...".
    (
        "en",
        "Osh",
        ["Nurbek Toktosunov", "Azamat Kadyrov", "Ulukbek Sadykov", "Erkin Mamatov"],
        [
            (
                0,
                [],
                "present all four full stop [[first:nor beck|nurbek]] came late comma he said the bus broke",
            ),
            (
                2,
                ["quote"],
                "quote a real jigit never says sorry to a girl end quote from [[first:azamat]] new line [[first:erkin]] said in kyrgyz {{erkin}} means free so i am free to say sorry",
            ),
            (
                4,
                ["insight"],
                "we climbed {{sulaiman too}} at the break comma [[first:ulukbek]] told about his sister [[first:aizada]] who was kidnapped last year full stop she is back home now",
            ),
            (
                6,
                ["resistance"],
                "[[first:azamat]] insisted ala kachuu is our tradition comma cited {{manas}} full stop group pushed back comma he stayed quiet after that",
            ),
            (
                8,
                ["referral"],
                "call list colon one [[first:aizada]] eje through [[first:ulukbek]] [[phone:+996 773 50 28 19]] new line two crisis centre in osh new line three [[first:erkin]] mother [[name:Gulmira Mamatova]] [[phone:0555 907 312]]",
            ),
            (
                10,
                ["follow-up"],
                "[[first:nurbek]] baike wants to co facilitate comma email [[email:nurbek.toktosunov@gmail.com]] full stop",
            ),
        ],
    ),
    (
        "en",
        "Naryn",
        [
            "Bektemir Asanaliev",
            "Kanybek Osmonaliev",
            "Meder Jumaliev",
            "Tilek Sultanbekov",
            "Aktan Bolotbekov",
        ],
        [
            (
                0,
                [],
                "present all five new line [[first:kanny bek|kanybek]] said his cousin will come next time",
            ),
            (
                2,
                ["insight"],
                "[[first:tilek]] said his name means wish comma so my {{tilek}} is that my sisters finish university full stop",
            ),
            (
                4,
                ["quote"],
                "quote in {{naryn}} you steal a bride or you stay alone end quote from [[first:meder]] full stop [[first:aktan]] answered his father [[first:bolot]] baike married by agreement",
            ),
            (
                8,
                ["referral"],
                "[[first:kanybek]] told me after that [[desc:the only nurse at the ak tal fap]] is being beaten by her husband full stop gave contacts of the crisis centre new line call list colon [[first:kanybek]] [[phone:+996 700 44 18 29]]",
            ),
            (
                10,
                ["follow-up"],
                "trip to {{tash rabat}} with the group next month question mark ask [[first:aktan]] about his uncle's bus [[plate:06 KG 219 BAA]]",
            ),
        ],
    ),
    (
        "en",
        "Jalal-Abad",
        ["Bakyt Ergeshov", "Jyrgalbek Toktomushev", "Kubat Arapov", "Samat Abdiev"],
        [
            (
                0,
                [],
                "present all four full stop [[nick:jyrgal]] is short for [[first:jyrgalbek]] comma he asked me to write it that way",
            ),
            (
                2,
                ["quote"],
                "[[first:kubat]] quote my father works in {{moscow}} eleven years i saw him three times end quote full stop long silence",
            ),
            (
                4,
                ["insight"],
                "we talked about the film {{boz salkyn}} about bride kidnapping comma [[first:samat]] watched it with his girlfriend [[first:nazira]] and she cried",
            ),
            (
                8,
                ["referral"],
                "call list colon one [[first:kubat]] mother [[name:Ainura Arapova]] [[phone:+996 558 31 72 04]] wants parenting support new line two [[first:samat]] [[handle:@samat_abdiev_ja]]",
            ),
            (
                11,
                ["follow-up"],
                "next time go to {{arslanbob}} walnut forest for the outdoor session full stop [[nick:jyrgal]] will bring food",
            ),
        ],
    ),
    (
        "en",
        "Osh",
        [
            "Islambek Nurmatov",
            "Doolot Sharshenov",
            "Adilbek Kochkorov",
            "Nurlan Abdykadyrov",
            "Maksat Temirov",
        ],
        [
            (
                0,
                [],
                "we met near {{osh bazaar}} full stop all five present full stop [[first:is lambeck|islambek]] brought tea",
            ),
            (
                2,
                ["insight"],
                "we discussed {{kurmanjan datka}} comma the queen of alai from this region full stop [[first:adilbek]] said his grandmother [[first:toktokan]] apa was also strong like her",
            ),
            (
                4,
                ["quote"],
                "[[first:doolot]] quote my name means wealth but we are poor so i must marry rich end quote laughter full stop",
            ),
            (
                8,
                ["referral"],
                "[[first:nurlan]] told about his neighbour [[name:Cholpon Abdraeva]] at [[address:osh kurmanjan datka street 214 apartment 9]] comma husband locks her in full stop passed to the crisis centre hotline",
            ),
            (
                10,
                ["follow-up"],
                "[[first:islambek]] passport for the regional training in {{cholpon ata}} [[passport:ID 2186407]] full stop [[first:doolot]] will translate",
            ),
        ],
    ),
    (
        "en",
        "Naryn",
        ["Emil Asanov", "Nurjigit Beishenov", "Ruslan Toktorbaev", "Kairat Jolchiev"],
        [
            (
                0,
                [],
                "present all four full stop [[first:emil]] brought his younger cousin [[first:bakai]] 16",
            ),
            (
                2,
                ["quote"],
                "[[first:nurjigit]] quote my mother raised us alone while father was in kazan comma she is the real man of the house end quote",
            ),
            (
                4,
                ["insight"],
                "read a passage from {{aitmatov}} {{the first teacher}} comma [[first:kairat]] said the teacher was brave because he protected a girl from forced marriage",
            ),
            (
                6,
                ["resistance"],
                "[[surname:toktorbaev]] said {{kairat}} means strength so a man must be strong comma but [[first:kairat]] himself laughed and said my strength is patience",
            ),
            (
                8,
                ["referral"],
                "[[first:bakai]] is under 18 comma spoke with his aunt [[first:asel]] eje [[phone:+996 779 02 61 45]] full stop her telegram [[link:t.me/asel_jolchieva]]",
            ),
            (
                10,
                ["follow-up"],
                "summer camp at {{son kul}} question mark [[first:emil]] email [[email:emil.asanov.naryn@mail.kg]]",
            ),
        ],
    ),
    (
        "en",
        "Jalal-Abad",
        ["Azizbek Mamytov", "Bolotbek Kasymov", "Temirlan Jusupov", "Chyngyz Atabekov"],
        [
            (0, [], "present all four full stop [[first:chin gis|chyngyz]] was late again"),
            (
                2,
                ["quote"],
                "[[first:chyngyz]] quote i am named after {{chyngyz aitmatov}} but i have never read him end quote everyone laughed",
            ),
            (
                4,
                ["insight"],
                "[[first:azizbek]] played a song by {{mirbek atabekov}} on his phone comma [[surname:atabekov]] our [[first:chyngyz]] said no relation full stop the song is about missing a girl not owning her",
            ),
            (
                8,
                ["referral"],
                "[[first:bolotbek]] said early marriage protects girls from shame comma his sister [[first:jibek]] married at 17 new line call list colon one his sister through him [[phone:0772 18 40 66]] new line two [[first:temirlan]] father [[name:Abdymalik Jusupov]] [[link:facebook.com/abdymalik.jusupov]]",
            ),
            (
                10,
                ["follow-up"],
                "next meeting in {{jalal abad}} city park comma [[first:azizbek]] date of birth [[dob:15 may 2004]] for the certificate",
            ),
        ],
    ),
]
