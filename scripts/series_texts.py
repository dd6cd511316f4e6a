# ruff: noqa: E501
"""The built-in series' titles, purposes and what to prepare, in each language (used by compose_series.py)."""

from __future__ import annotations

from typing import Any

HEADERS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "Young men and equality: a programme of eight meetings and a follow-up",
        "audience": "A steady group of 10 to 20 young men aged 16 to 25 in Central Asia, meeting weekly or every two weeks",
        "description": (
            "Eight meetings of 90 to 110 minutes, then a follow-up one to three months later. A series, because "
            "attitudes do not change in one afternoon: the OSCE guidance warns against one-off events. It opens and "
            "closes with the same four statements answered by cards, so the group can see what moved."
        ),
        "follow_up_when": "One to three months after meeting 8",
        "guidance": [
            "Keep the same group for the whole series; new people may join up to meeting 2, after that only with the group's agreement.",
            "Under 18: follow your organisation's child safeguarding rules, get the written consent of a parent or guardian before meeting 1 and the school's or centre's agreement, and have a second adult present. Meetings 3 and 4 (violence; relationships and consent) need that consent to name these topics.",
            "Consent of participants: say at meeting 1 what the series is about, that taking part is voluntary, that anyone may leave or pass, and that only counts, never names, are recorded.",
            "Invite the women's rights organisation for meeting 8 at least three weeks ahead, and ask it to comment on the plan of the series before it starts if it can.",
            "Keep the referral sheet for the venue's town up to date for the whole series; everyone gets it at the end of every meeting.",
            "What the programme wants to achieve (OSCE guidance, 'what do you want to achieve'): to shift a particular norm or habit, such as young men taking a real share of childcare; to have men back women in decisions and leave them room there; and to give young men a place to talk about the pressures on them as men, such as having to be the provider. The three overlap but call for different methods, so decide before meeting 1 which one leads for this group.",
            "Goal 2 of the guidance's goals table, young men taking the lead for equality: present leadership today as knowing the part men play in equality and acting to change harmful norms and to open room for women. Speeches are not enough; look for reflection on oneself, concrete action and everyday example (meetings 7 and 8, and the follow-up).",
            "Online learning as a follow-up (recommendation 3 of the guidance): between meetings and after the follow-up, a closed chat or an online course can keep the group going, but never instead of meeting in person. Keep sensitive topics (violence, consent) for the room; check who can read the group and that nobody is named. Give addresses on paper; this app opens no links.",
            "External facilitators and experts (recommendation 4): a women's rights organisation, a lawyer for the 2024 law, a health worker or psychologist for meeting 5 bring knowledge and a fresh view. Brief each guest a week ahead: the group, the group agreement, the session plan and their minutes; ask for questions and talk rather than a lecture, no photos of participants, and to name the referral sheet. Always combine them with local voices, not instead of them.",
            "Your own work, after each meeting (monitoring and self-reflection): write down, without names, what worked, where resistance came up and how you answered it, who stayed silent, what you would change, and whether anyone needed a referral. Read these notes before the next meeting.",
            "Evaluation and accountability: compare the before/after tallies of meetings 1 and 8 (and the follow-up), then write a one-page summary of the programme: who took part (counts only), what moved, what did not, what the group planned and did. Ask the women's rights organisation to read it and to say honestly whether the work served women's equality; note what it says and what you will change.",
        ],
        "sessions": {
            "1": {
                "title": "What it means to be a man",
                "purpose": "Agree how the group works, take the room's starting point with four statements, and look at the norms around men and women in families and public life.",
                "prepare": [
                    "Green, yellow and red cards for everyone",
                    "Flipchart for the group agreement, to keep for the whole series",
                    "Referral sheet for the town, one per participant",
                ],
            },
            "2": {
                "title": "Fathers, care and the films",
                "purpose": "Fatherhood and care as strengths: a father from Aktobe, two HeForShe Kazakhstan films, and who does what at home.",
                "prepare": [
                    "“The Dress” and “All About My Dad”, downloaded and tested offline with sound",
                    "Case cards for the small groups",
                    "Referral sheet",
                ],
            },
            "3": {
                "title": "Violence, the 2024 law and where help is",
                "purpose": "What violence at home is, what Kazakhstan's 2024 law changed, and what a young man can do when a friend tells him: listen, do not confront alone, point to help.",
                "prepare": [
                    "Referral sheet checked this week for the town; one to show and one per participant",
                    "“Do Not Forget Your Way Home”, tested offline",
                    "Announce the topic to participants (and to parents of under-18s) in advance",
                ],
            },
            "4": {
                "title": "Healthy relationships, control and consent",
                "purpose": "Telling care from control, and consent as a free yes that can be taken back; money as a tool of control.",
                "prepare": [
                    "The five situations printed on cards, one set per group",
                    "“The Dinner”, tested offline",
                    "For under-18s: parents' or guardians' consent that covers this topic",
                ],
            },
            "5": {
                "title": "Emotions, stress, health and asking for help",
                "purpose": "Feelings, anger and stress, health and habits, and why asking for help is strength, not weakness.",
                "prepare": [
                    "Case cards for the small groups",
                    "Local health and counselling services on the referral sheet",
                ],
            },
            "6": {
                "title": "Work, money and decisions at home",
                "purpose": "Who decides about money, who gets credit at work, migration and the security sector: shared decisions at home and fairness at work.",
                "prepare": ["Case cards for the small groups", "Flipchart and markers"],
            },
            "7": {
                "title": "Acting together",
                "purpose": "The four levels of change, the five planning steps, allies and opinion leaders: each participant leaves with a small plan, and the group chooses who will present it at meeting 8.",
                "prepare": [
                    "Cards for the action plans",
                    "Names of local allies: a women's organisation, a youth centre, a respected coach or elder",
                    "Confirm the guests for meeting 8",
                ],
            },
            "8": {
                "title": "With a women's rights organisation: what did we learn?",
                "purpose": "Account for the series to a women's rights organisation and hear its critique, then answer the four statements again to compare with meeting 1.",
                "prepare": [
                    "Guests confirmed and briefed on the agreement and confidentiality",
                    "The counts from meeting 1's statements, to compare",
                    "Green, yellow and red cards",
                ],
            },
            "follow-up": {
                "title": "Follow-up: what happened since?",
                "purpose": "Meet again one to three months later: what the participants tried, what got in the way, the four statements a third time, and the next step.",
                "prepare": [
                    "Invite everyone two weeks ahead",
                    "The counts from meetings 1 and 8",
                    "Green, yellow and red cards",
                ],
            },
        },
    },
    "ru": {
        "title": "Молодые мужчины и равенство: восемь встреч и повторная встреча",
        "audience": "Постоянная группа из 10–20 молодых мужчин 16–25 лет в Центральной Азии; встречи раз в неделю или раз в две недели",
        "description": (
            "Восемь встреч по 90–110 минут и повторная встреча через один–три месяца. Именно цикл, потому что взгляды не "
            "меняются за один вечер: руководство ОБСЕ предостерегает от разовых мероприятий. Цикл открывается и "
            "завершается одними и теми же четырьмя утверждениями с карточками — так группа "
            "видит, что сдвинулось."
        ),
        "follow_up_when": "Через один–три месяца после 8-й встречи",
        "guidance": [
            "Сохраняйте одну и ту же группу на весь цикл; новые участники могут присоединиться до 2-й встречи, позже — только с согласия группы.",
            "Если участникам нет 18 лет: соблюдайте правила вашей организации по защите детей, до 1-й встречи получите письменное согласие родителя или опекуна и согласие школы или центра, и пусть на встречах присутствует второй взрослый. Встречи 3 и 4 (насилие; отношения и согласие) требуют, чтобы в согласии эти темы были названы.",
            "Согласие участников: на 1-й встрече скажите, о чём цикл, что участие добровольное, что любой может уйти или пропустить и что записываются только числа, никогда не имена.",
            "Пригласите женскую правозащитную организацию на 8-ю встречу минимум за три недели и, если возможно, попросите её прокомментировать план цикла до его начала.",
            "Обновляйте список служб помощи для своего города весь цикл; каждый получает его в конце каждой встречи.",
            "Чего хочет добиться программа (руководство ОБСЕ, «чего вы хотите достичь»): изменить конкретную норму или привычку — например, чтобы парни по-настоящему взяли на себя часть ухода за детьми; добиться, чтобы мужчины поддерживали участие женщин в принятии решений и оставляли им для этого место; дать парням возможность поговорить о том, что давит на них как на мужчин, например об обязанности быть добытчиком. Эти цели пересекаются, но требуют разных методов, поэтому до 1-й встречи решите, какая из них главная для этой группы.",
            "Цель 2 из таблицы целей руководства — парни берут на себя лидерство ради равенства: показывайте, что лидерство сегодня — это понимать роль мужчин в равенстве и действовать, чтобы менять вредные нормы и освобождать место для женщин. Одних речей мало: обращайте внимание на размышления о себе, конкретные дела и личный пример в повседневной жизни (встречи 7 и 8 и повторная встреча).",
            "Онлайн-обучение как продолжение (рекомендация 3 руководства): между встречами и после повторной встречи закрытый чат или онлайн-курс помогут группе не терять связь, но никогда не заменят живых встреч. Чувствительные темы (насилие, согласие) оставьте для очных встреч; проверьте, у кого есть доступ к чату и что никто в нём не назван по имени. Адреса давайте на бумаге: это приложение не открывает ссылок.",
            "Приглашённые ведущие и эксперты (рекомендация 4): женская правозащитная организация, юрист — по закону 2024 года, медик или психолог — на 5-й встрече приносят знания и свежий взгляд. За неделю подготовьте каждого гостя: расскажите о группе, о договорённостях группы, о плане встречи и о том, сколько минут отведено гостю; попросите вместо лекции задавать вопросы и вести разговор, не фотографировать участников и упомянуть список служб помощи. Всегда приглашайте их вместе с местными людьми, к которым прислушиваются, а не вместо них.",
            "Ваша работа после каждой встречи (мониторинг и саморефлексия): запишите без имён, что сработало, где возникло сопротивление и как вы на него ответили, кто молчал, что бы вы изменили и нужно ли было кого-то направить в службу помощи. Перечитайте эти записи перед следующей встречей.",
            "Оценка и подотчётность: сравните подсчёты «до» и «после» на 1-й и 8-й встречах (и на повторной встрече), затем напишите итог программы на одну страницу: кто участвовал (только числа), что сдвинулось, что нет, что группа запланировала и сделала. Попросите женскую правозащитную организацию прочитать его и честно сказать, работала ли программа на равенство женщин; запишите, что она ответит и что вы измените.",
        ],
        "sessions": {
            "1": {
                "title": "Что значит быть мужчиной",
                "purpose": "Договориться о правилах группы, отметить отправную точку четырьмя утверждениями и посмотреть на нормы для мужчин и женщин в семье и в общественной жизни.",
                "prepare": [
                    "Зелёные, жёлтые и красные карточки на каждого",
                    "Флипчарт для договорённостей — хранить весь цикл",
                    "Список служб помощи для города, по экземпляру на участника",
                ],
            },
            "2": {
                "title": "Отцы, забота и фильмы",
                "purpose": "Отцовство и забота как сила: отец из Актобе, два фильма HeForShe Kazakhstan и то, кто что делает дома.",
                "prepare": [
                    "«Платье» и «Всё о моём папе», скачанные и проверенные без интернета, со звуком",
                    "Карточки с кейсами для малых групп",
                    "Список служб помощи",
                ],
            },
            "3": {
                "title": "Насилие, закон 2024 года и где помощь",
                "purpose": "Что такое бытовое насилие, что изменил закон Казахстана 2024 года и что может сделать молодой человек, если друг ему расскажет: выслушать, не разбираться в одиночку, подсказать, где помощь.",
                "prepare": [
                    "Список служб помощи для города, проверенный на этой неделе: один — показать, и по экземпляру каждому",
                    "«Не забывай дорогу домой», проверенный без интернета",
                    "Заранее сообщите тему участникам (и родителям тех, кому нет 18)",
                ],
            },
            "4": {
                "title": "Здоровые отношения, контроль и согласие",
                "purpose": "Отличать заботу от контроля; согласие как свободное «да», которое можно забрать; деньги как способ контроля.",
                "prepare": [
                    "Пять ситуаций на карточках, по набору на группу",
                    "«Ужин», проверенный без интернета",
                    "Для участников младше 18: согласие родителей или опекунов, в котором названа эта тема",
                ],
            },
            "5": {
                "title": "Эмоции, стресс, здоровье и просьба о помощи",
                "purpose": "Чувства, гнев и стресс, здоровье и привычки — и почему попросить о помощи значит проявить силу, а не слабость.",
                "prepare": [
                    "Карточки с кейсами для малых групп",
                    "Местные медицинские и психологические службы в списке служб помощи",
                ],
            },
            "6": {
                "title": "Работа, деньги и решения в семье",
                "purpose": "Кто решает о деньгах, кому достаются заслуги на работе, миграция и сектор безопасности: совместные решения дома и справедливость на работе.",
                "prepare": ["Карточки с кейсами для малых групп", "Флипчарт и маркеры"],
            },
            "7": {
                "title": "Действуем вместе",
                "purpose": "Четыре уровня перемен, пять шагов планирования, союзники и лидеры мнений: каждый уходит с небольшим планом, а группа выбирает, кто представит его на 8-й встрече.",
                "prepare": [
                    "Карточки для планов действий",
                    "Имена местных союзников: женская организация, молодёжный центр, уважаемый тренер или старейшина",
                    "Подтвердите участие гостий 8-й встречи",
                ],
            },
            "8": {
                "title": "С женской правозащитной организацией: чему мы научились?",
                "purpose": "Отчитаться о цикле перед женской правозащитной организацией, выслушать её критику и снова ответить на четыре утверждения, чтобы сравнить с 1-й встречей.",
                "prepare": [
                    "Гостьи подтвердили участие и знают о договорённостях и конфиденциальности",
                    "Числа по утверждениям 1-й встречи для сравнения",
                    "Зелёные, жёлтые и красные карточки",
                ],
            },
            "follow-up": {
                "title": "Повторная встреча: что было потом?",
                "purpose": "Встретиться снова через один–три месяца: что участники попробовали, что помешало, четыре утверждения в третий раз и следующий шаг.",
                "prepare": [
                    "Пригласите всех за две недели",
                    "Числа с 1-й и 8-й встреч",
                    "Зелёные, жёлтые и красные карточки",
                ],
            },
        },
    },
    "kk": {
        "title": "Жас жігіттер және теңдік: сегіз кездесу мен кейінгі кездесуден тұратын бағдарлама",
        "audience": "Орталық Азиядағы 16–25 жастағы 10–20 жас жігіттен тұратын тұрақты топ; кездесулер аптасына бір рет не екі аптада бір рет",
        "description": (
            "Әрқайсысы 90–110 минуттық сегіз кездесу, ал бір–үш айдан кейін тағы бір кездесу. Бұл — цикл, өйткені "
            "көзқарас бір кеште өзгермейді: ЕҚЫҰ нұсқаулығы бір реттік шаралардан сақтандырады. Цикл карточкамен "
            "жауап берілетін бірдей төрт тұжырыммен ашылып, солармен аяқталады — осылай топ не "
            "өзгергенін көреді."
        ),
        "follow_up_when": "8-кездесуден бір–үш ай өткен соң",
        "guidance": [
            "Бүкіл цикл бойы бір топты сақтаңыз; жаңа адамдар 2-кездесуге дейін қосыла алады, одан кейін тек топтың келісімімен.",
            "18-ге толмағандар: ұйымыңыздың балаларды қорғау ережесін сақтаңыз, 1-кездесуге дейін ата-анасының не қамқоршысының жазбаша келісімін және мектептің не орталықтың келісімін алыңыз, кездесулерде екінші ересек адам болсын. 3 және 4-кездесулер (зорлық-зомбылық; қарым-қатынас және келісім) үшін келісімде осы тақырыптар аталуы керек.",
            "Қатысушылардың келісімі: 1-кездесуде цикл не туралы екенін, қатысу ерікті екенін, кез келген адам кетіп қала алатынын не «өтемін» дей алатынын және тек сандар жазылатынын, есімдер ешқашан жазылмайтынын айтыңыз.",
            "8-кездесуге әйелдер құқығын қорғайтын ұйымды кемінде үш апта бұрын шақырыңыз, мүмкін болса, цикл басталмай тұрып ұйымнан цикл жоспарына пікір айтуын сұраңыз.",
            "Қаладағы көмек қызметтерінің парағын цикл бойы жаңартып отырыңыз; әркім оны әр кездесудің соңында алады.",
            "Бағдарлама неге қол жеткізгісі келеді (ЕҚЫҰ нұсқаулығы, «неге қол жеткізгіңіз келеді»): белгілі бір норманы не әдетті өзгерту (мысалы, жігіттердің бала күтіміне шын мәнінде үлес қосуы); ерлердің шешім қабылдауда әйелдерді қолдап, оларға орын беруіне қол жеткізу; жігіттерге ер ретінде өздеріне түсетін қысым, мысалы, асыраушы болу міндеті туралы сөйлесуге мүмкіндік беру. Бұлар бір-бірімен қиылысады, бірақ әртүрлі әдістерді қажет етеді, сондықтан 1-кездесуге дейін осы топ үшін қайсысы басты екенін шешіңіз.",
            "Нұсқаулықтағы мақсаттар кестесінің 2-мақсаты — жігіттер теңдік үшін көшбасшылықты өз мойнына алады: бүгінгі көшбасшылық — ерлердің теңдіктегі рөлін түсіну және зиянды нормаларды өзгертіп, әйелдерге орын ашу үшін әрекет ету екенін көрсетіңіз. Құр сөз жеткіліксіз: өзіне үңілуге, нақты іске және күнделікті өмірдегі жеке үлгіге назар аударыңыз (7 және 8-кездесулер мен кейінгі кездесу).",
            "Жалғасы ретінде онлайн оқу (нұсқаулықтың 3-ұсынысы): кездесулер арасында және кейінгі кездесу өткен соң жабық чат не онлайн-курс топтың байланысын үзбеуге көмектеседі, бірақ бетпе-бет кездесудің орнын ешқашан баспайды. Нәзік тақырыптарды (зорлық-зомбылық, келісім) бетпе-бет кездесуге қалдырыңыз; чатты кім оқи алатынын және онда ешкімнің есімі аталмайтынын тексеріңіз. Мекенжайларды қағазбен беріңіз: бұл қолданба сілтеме ашпайды.",
            "Сырттан келетін жүргізушілер мен сарапшылар (4-ұсыныс): әйелдер құқығын қорғайтын ұйым, 2024 жылғы заң бойынша заңгер, 5-кездесуге медицина қызметкері не психолог білім мен жаңа көзқарас әкеледі. Әр қонақты бір апта бұрын дайындаңыз: топ, топ келісімі, кездесу жоспары және қонаққа қанша минут бөлінгені туралы айтыңыз; дәріс емес, сұрақ пен әңгіме болсын, қатысушыларды суретке түсірмесін және көмек қызметтерінің парағын атап өтсін деп сұраңыз. Оларды әрқашан жігіттер тыңдайтын жергілікті адамдардың орнына емес, солармен бірге шақырыңыз.",
            "Әр кездесуден кейін өз жұмысыңыз (мониторинг және өзін-өзі талдау): есімсіз жазып алыңыз — не нәтиже берді, қарсылық қай жерде туды және оған қалай жауап бердіңіз, кім үндемеді, нені өзгертер едіңіз, біреуге көмек қызметіне жолдама керек болды ма. Келесі кездесу алдында осы жазбаларды қайта оқыңыз.",
            "Бағалау және есеп беру: 1 және 8-кездесулердің (және кейінгі кездесудің) «дейін және кейін» санақтарын салыстырыңыз, содан кейін бағдарламаның бір беттік қорытындысын жазыңыз: кім қатысты (тек сандар), не өзгерді, не өзгермеді, топ не жоспарлады және не істеді. Әйелдер құқығын қорғайтын ұйымнан оны оқып, жұмыс әйелдер теңдігіне қызмет етті ме, соны ашық айтуын сұраңыз; оның жауабын және нені өзгертетініңізді жазып алыңыз.",
        ],
        "sessions": {
            "1": {
                "title": "Ер адам болу деген не",
                "purpose": "Топтың ережелерін келісу, төрт тұжырыммен бастапқы нүктені белгілеу және отбасы мен қоғамдық өмірдегі ерлер мен әйелдерге қатысты нормаларға көз жүгірту.",
                "prepare": [
                    "Әркімге жасыл, сары және қызыл карточкалар",
                    "Келісімге арналған флипчарт — бүкіл цикл бойы сақталады",
                    "Қаладағы көмек қызметтерінің парағы, әр қатысушыға бір данадан",
                ],
            },
            "2": {
                "title": "Әкелер, қамқорлық және фильмдер",
                "purpose": "Әкелік пен қамқорлық — күш: ақтөбелік әке, HeForShe Kazakhstan-ның екі фильмі және үйде кім не істейді.",
                "prepare": [
                    "«Көйлек» және «Әкем туралы бәрі» фильмдері, жүктеліп, интернетсіз дыбысымен тексерілген",
                    "Шағын топтарға кейс карточкалары",
                    "Көмек қызметтерінің парағы",
                ],
            },
            "3": {
                "title": "Зорлық-зомбылық, 2024 жылғы заң және көмек қайда",
                "purpose": "Тұрмыстық зорлық-зомбылық деген не, Қазақстанның 2024 жылғы заңы нені өзгертті және досы айтып қалса, жас жігіт не істей алады: тыңдау, жалғыз айқаспау, көмектің қайда екенін көрсету.",
                "prepare": [
                    "Қаладағы көмек қызметтерінің осы аптада тексерілген парағы: бір данасы көрсету үшін және әр қатысушыға бір данадан",
                    "«Үйге жолыңды ұмытпа», интернетсіз тексерілген",
                    "Тақырыпты қатысушыларға (және 18-ге толмағандардың ата-анасына) алдын ала хабарлаңыз",
                ],
            },
            "4": {
                "title": "Сау қарым-қатынас, бақылау және келісім",
                "purpose": "Қамқорлықты бақылаудан ажырату; келісім — кері алуға болатын ерікті «иә»; ақша — бақылау құралы.",
                "prepare": [
                    "Карточкаларға басылған бес жағдай, әр топқа бір жиынтық",
                    "«Кешкі ас», интернетсіз тексерілген",
                    "18-ге толмағандар үшін: осы тақырып аталған ата-ана не қамқоршы келісімі",
                ],
            },
            "5": {
                "title": "Эмоциялар, стресс, денсаулық және көмек сұрау",
                "purpose": "Сезімдер, ашу мен стресс, денсаулық пен әдеттер — және көмек сұрау неге әлсіздік емес, күш екені.",
                "prepare": [
                    "Шағын топтарға кейс карточкалары",
                    "Көмек қызметтерінің парағында жергілікті медициналық және психологиялық қызметтер",
                ],
            },
            "6": {
                "title": "Жұмыс, ақша және отбасындағы шешімдер",
                "purpose": "Ақша туралы кім шешеді, жұмыста еңбек кімге жазылады, көші-қон және қауіпсіздік саласы: үйдегі ортақ шешімдер мен жұмыстағы әділдік.",
                "prepare": ["Шағын топтарға кейс карточкалары", "Флипчарт пен маркерлер"],
            },
            "7": {
                "title": "Бірге әрекет етеміз",
                "purpose": "Өзгерістің төрт деңгейі, жоспарлаудың бес қадамы, одақтастар мен пікір көшбасшылары: әркім шағын жоспармен кетеді, ал топ оны 8-кездесуде кім таныстыратынын таңдайды.",
                "prepare": [
                    "Іс-қимыл жоспарларына арналған карточкалар",
                    "Жергілікті одақтастардың аты: әйелдер ұйымы, жастар орталығы, беделді жаттықтырушы не ақсақал",
                    "8-кездесудің қонақтарын растаңыз",
                ],
            },
            "8": {
                "title": "Әйелдер құқығын қорғайтын ұйыммен: не үйрендік?",
                "purpose": "Цикл туралы әйелдер құқығын қорғайтын ұйымға есеп беру, оның сынын тыңдау, содан кейін 1-кездесумен салыстыру үшін төрт тұжырымға қайта жауап беру.",
                "prepare": [
                    "Қонақтар келетінін растады және келісім мен құпиялылық туралы біледі",
                    "Салыстыру үшін 1-кездесудегі тұжырымдардың сандары",
                    "Жасыл, сары және қызыл карточкалар",
                ],
            },
            "follow-up": {
                "title": "Кейінгі кездесу: содан бері не болды?",
                "purpose": "Бір–үш айдан кейін қайта кездесу: қатысушылар нені байқап көрді, не кедергі болды, төрт тұжырым үшінші рет және келесі қадам.",
                "prepare": [
                    "Бәрін екі апта бұрын шақырыңыз",
                    "1 және 8-кездесулердің сандары",
                    "Жасыл, сары және қызыл карточкалар",
                ],
            },
        },
    },
}
