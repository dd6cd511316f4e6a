# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate, card and date below is made up.
"""Twentieth set of planted sessions: six new facilitators with their own typing habits (a Semey social
worker typing fast Russian with no capitals, a Karakol volunteer switching between Kyrgyz and Russian, a
Bukhara history teacher in Uzbek Latin with the proper ʻ and ʼ, a Kulob NGO worker in Tajik and Russian, a
Kyzylorda imam's assistant in Kazakh, and an Almaty psychologist in English with Kazakh Latin quotes)."""

SESSIONS = [
    # ---- Facilitator A (Ольга Гречко, social worker at a Semey family-support centre): fast Russian typed on
    # a phone with no capitals at all and hardly a full stop, "е" for "ё", shorthand (тк, щас, д/р, тел, адр,
    # упр, чел), every name and surname in small letters with Russian case endings (ислама, димы,
    # артему, данияра, максима, олжасу), pet forms (санек, славик, вовчик, ванек, бауке), boys called
    # by nicknames that are everyday words with no cue beside them (гвоздь, компот, бублик, шуруп, тюлень,
    # веник, батарейка) and the same words used as words, surnames alone, names that are words (лев, роза, ислам),
    # an 8 (72251) landline and 87xx mobiles typed in one run, ИИН, 18-region plates in small letters,
    # a Kaspi card, one kk workshop
    (
        "ru",
        "Семей",
        ["Александр Мельников", "Ерлан Жакупов", "Дмитрий Соколов", "Нурсултан Байжанов", "Ислам Тусупов"],
        [
            (
                0,
                [],
                "центр поддержки семьи, 5 чел, чай печенье, начали с «снежного кома» потом «{{настоящий мужчина}}» зашло норм",
            ),
            (
                2,
                ["quote"],
                "[[first:санек|санек,саньк]] выдал «если жена больше зарабатывает значит мужик тряпка» ржали все кроме [[first:ислама|ислам]]",
            ),
            (
                3,
                ["insight"],
                "[[first:ислам]] тихо так «в {{исламе}} вообще то мужу нельзя жену обижать мне имам говорил» все замолчали, даже [[nick:гвоздь]]",
            ),
            (
                7,
                ["follow-up"],
                "мама [[first:димы|дим]] просила перезвонить после 6 [[phone:87053184427]]",
            ),
            (
                9,
                ["referral"],
                "[[name:жакупов]] после занятия сказал отец пьет и гоняет мать с ножом, живут [[address:ул джангильдина 44 кв 17]], тк угроза жизни звонила в 102 щас же, дала {{150}}",
            ),
        ],
    ),
    (
        "ru",
        "Семей",
        ["Тимур Касымов", "Артём Ковалёв", "Данияр Муканов", "Руслан Оспанов", "Лев Гринберг"],
        [
            (0, [], "2й этаж над аптекой, 5 чел, тема деньги в семье, упр «кошелек на двоих»"),
            (
                2,
                ["quote"],
                "[[first:лев]]: «папа говорит в семье один {{лев}} остальные слушают» ну и поехали про зоопарк этот",
            ),
            (
                3,
                ["insight"],
                "[[nick:компот]] неожиданно сказал мама одна тянет троих и он сам варит {{компот}} и суп младшим. зауважали его",
            ),
            (
                6,
                ["follow-up"],
                "[[first:артему|артем,артём]] справка в колледж, иин [[iin:070515501201]], д/р [[birthdate:15.05.07]]",
            ),
            (
                8,
                ["referral"],
                "сестра [[first:данияра|данияр]], [[name:роза]], 16 лет, [[quasi:единственная девчонка в секции тяжелой атлетики на шульбе]], ее парень бьет и снимает на телефон, шантажирует. дала {{111}}, написала в ювеналку",
            ),
            (
                11,
                [],
                "один под конец сказал что на 8 марта сам купит маме {{розы}} а не отец по указке",
            ),
        ],
    ),
    (
        "ru",
        "Курчатов",
        ["Кирилл Богданов", "Ержан Смагулов", "Вячеслав Ткач", "Асет Нурланов"],
        [
            (0, [], "выезд в курчатов, зал дк, 4 пацана, холодно жесть, упр «{{стоп-кадр}}»"),
            (2, ["quote"], "[[first:славик|слав]]: «бабы сами виноваты что их бьют язык длинный»"),
            (
                3,
                ["insight"],
                "[[name:смагулов]] ответил ему что его мать одна вырастила и дед работал на {{семипалатинском полигоне}}, мужики там плакали и не стыдились. тот заткнулся",
            ),
            (
                6,
                ["follow-up"],
                "[[nick:батарейка|батарейк]] хочет в волонтеры, инста [[handle:@kirya_bogd]], тел [[phone:8 (72251) 2-34-19]]",
            ),
            (
                8,
                ["referral"],
                "бабушка [[first:асета|асет]] [[name:нурланова бибигуль|нурланова,бибигуль]] звонила плачет, сын отбирает пенсию и толкает. живут [[address:в частном секторе за старым рынком, дом с синими ставнями и собакой на цепи]]",
            ),
        ],
    ),
    (
        "ru",
        "Аягоз",
        ["Бауыржан Есенгельдин", "Максим Пак", "Азамат Рахимжанов", "Диас Кенесов", "Владимир Шульц"],
        [
            (0, [], "аягоз, школа 3, 5 чел, упр «{{колесо власти}}»"),
            (2, ["quote"], "[[nick:бублик]]: «жена должна дома сидеть зачем ей работа»"),
            (
                3,
                ["insight"],
                "[[first:вовчик|вовч]] заспорил, у него мама [[quasi:единственная в городе женщина-дальнобойщица, фура с волком на кабине]], и отец ей ужин греет",
            ),
            (5, ["resistance"], "[[nick:шуруп]] ушел на перемене и не вернулся"),
            (
                7,
                ["follow-up"],
                "папа [[first:максима|максим]] забирает на машине [[plate:714 bkz 18]], сказал звонить ему [[phone:8-777-214-63-90]]",
            ),
            (
                9,
                ["referral"],
                "[[first:бауке]] сказал мать уехала в {{россию}} на заработки а отчим запирает младших сестер. адр [[address:мкр восточный 12-31]], позвонила в опеку",
            ),
        ],
    ),
    (
        "kk",
        "Калбатау",
        ["Нұрдәулет Серікбаев", "Ерасыл Қабдолов", "Бекзат Әміров", "Алдияр Жұмабаев"],
        [
            (
                0,
                [],
                "калбатау, занятие на казахском, я пишу по русски, переводила методист. 4 чел",
            ),
            (
                2,
                ["quote"],
                "[[first:нурдаулет|нурдаулет,нұрдәулет]]: «әйел адам ер адамға қарсы сөйлемеу керек» это он от деда слышал",
            ),
            (
                3,
                ["insight"],
                "[[first:ерасыл]] возразил, мама у него [[quasi:единственная женщина аким на весь район]], «оны бәрі сыйлайды»",
            ),
            (
                8,
                ["referral"],
                "[[first:алдияр]] сказал жездесі [[name:сапаров талгат|сапаров,талгат]] бьет апасын [[name:жанар]], она беременная. живут [[address:ул бейбитшилик 19, калбатау]], дала {{111}}, сообщила участковому",
            ),
            (11, [], "в конце пели «{{елім-ай}}», [[nick:тюлень]] даже встал"),
        ],
    ),
    (
        "ru",
        "Семей",
        ["Александр Мельников", "Ерлан Жакупов", "Ислам Тусупов", "Георгий Вагнер", "Олжас Абишев"],
        [
            (0, [], "вторая встреча с группой, 5 чел, упр «светофор»"),
            (
                2,
                ["quote"],
                "[[nick:гвоздь]]: «ну а если она первая начала че терпеть?» двое поддакнули",
            ),
            (
                3,
                ["insight"],
                "[[first:ерлан]] рассказал мать сама ушла от отца к сестре в {{усть-каменогорск}}, сказал «ну и правильно»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:олжасу|олжас]] характеристика для суда, почта мамы [[email:abisheva.gulnar@mail.kz]], тел [[phone:+7 701 552 1980]]",
            ),
            (
                9,
                ["referral"],
                "[[nick:гвоздь]] потом подошел, брат [[name:марат]] снимает девчонок без спроса и выкладывает в [[handle:tiktok.com/@marat_sem_18]]. сообщила в {{ювенальную полицию}}",
            ),
            (
                11,
                [],
                "взяли пацанам {{компот}} и пирожки, [[first:ислам]] рассказал как дома держат пост",
            ),
        ],
    ),
    (
        "ru",
        "Бородулиха",
        ["Иван Шевцов", "Дархан Мукашев", "Павел Литвинов", "Жандос Ахметов"],
        [
            (0, [], "{{бородулиха}}, библиотека, 4 чел, упр «{{два берега}}»"),
            (
                2,
                ["quote"],
                "[[first:ванек|ванек,ваньк]]: «если муж пьет жена должна терпеть так бабушка говорит»",
            ),
            (
                3,
                ["insight"],
                "мама у [[first:дархана|дархан]] [[quasi:единственная фельдшерица на три села, ездит на белом уазике]], ее все мужики слушаются",
            ),
            (
                6,
                ["follow-up"],
                "[[name:литвинов]] просил контакт если дома плохо, его тел [[phone:87772930416]]. скинула на каспи за проезд ему 500тг, он дал карту [[card:4400 4301 1873 5205]]",
            ),
            (
                8,
                ["referral"],
                "[[first:жандос]] сказал дядя запер жену в бане на ночь, живут [[address:село новопокровка, садовая, последний дом у элеватора]]",
            ),
            (
                11,
                [],
                "[[nick:веник]] под конец сказал что дома сам возьмет {{веник}} а не мамку гонять, все ржали",
            ),
        ],
    ),
    # ---- Facilitator B (Айзада Мукашева, volunteer at a Karakol youth NGO): Kyrgyz and Russian switching in
    # the middle of a sentence, capitals kept, Kyrgyz case endings hyphenated onto names (Нурбек-тин,
    # Адилет-ке) or glued (Байэлдин, Айбекке), smileys, names that are words (Темир and темир, Үмүтбек and
    # үмүт, Тилек and тилек, Ырысбек and ырыс), pet forms (Бека, Эрик, Азик, Санжик), nicknames that are
    # words with no cue (Чычкан, Самовар, Кактус, Кулун), surnames alone, 0 (555)/0700/0 222/+996 phones, ПИН,
    # 07-region plates, an ID card, ru workshops
    (
        "ru",
        "Каракол",
        ["Темир Асанов", "Нурбек Жумалиев", "Бекболот Сыдыков", "Эрлан Кадыров", "Адилет Сагынбаев"],
        [
            (
                0,
                [],
                "Каракол, жаштар борбору, 5 бала келди, но двое опоздали. Көнүгүү «Күч дөңгөлөгү» (колесо власти)",
            ),
            (
                2,
                ["quote"],
                "[[first:Темир]]: «эркек {{темир}} болушу керек, ыйлабайт». Спросила, а {{темир}} тоже ржавеет? күлүштү :)",
            ),
            (
                3,
                ["insight"],
                "[[first:Бека]] айтты, апасы Россияда иштейт, атасы үйдө тамак жасайт, «и ничего, нормально»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нурбек]]-тин телефону [[phone:0 (555) 41-27-93]], ватсап ошол эле, инста [[handle:@nurbek.zhumaliev]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Адилет]]-ке айтыптыр: эжеси [[name:Сагынбаева Айгерим|Сагынбаева,Айгерим]] күйөөсүнөн качып, [[address:Тоголок Молдо көчөсү, 23-үй]]дө жашынып жүрөт. Айттым {{Закон КР «Об охране и защите от семейного насилия»}} жөнүндө",
            ),
        ],
    ),
    (
        "ru",
        "Ак-Суу",
        ["Үмүтбек Абдраев", "Азамат Иманалиев", "Канат Жолдошев", "Арсен Токтобаев"],
        [
            (0, [], "Ак-Суу айылы, мектептин спорт залы. 4 бала. Көнүгүү «Менин чек арам»"),
            (
                2,
                ["quote"],
                "[[nick:Чычкан]]: «кыз бала кечинде сыртка чыкпашы керек, бул биздин салт». Многие кивали",
            ),
            (
                3,
                ["insight"],
                "[[first:Үмүтбек]] айтты: «атым {{үмүт}} деген сөздөн, а это когда веришь что будет лучше». Тамаша",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Азик]] ПИН [[iin:20911200750031]], справка үчүн",
            ),
            (
                8,
                ["referral"],
                "[[first:Канат]] говорит, тайкеси [[name:Жолдошев Бакыт|Жолдошев,Бакыт]] аялын сабайт, балдар коркот. Алар [[address:Ленин көчөсү 57, көк дарбазалуу үй]]",
            ),
            (
                9,
                ["referral"],
                "[[nick:Кулун]] кошумчалады: апасы [[quasi:айылдагы жалгыз аял ветеринар, ак Нивасы бар]], атасы аны кызганат. {{112}} бердим",
            ),
        ],
    ),
    (
        "ru",
        "Каракол",
        ["Темир Асанов", "Нурбек Жумалиев", "Эрлан Кадыров", "Данияр Осмоналиев", "Мирлан Бейшеев"],
        [
            (0, [], "Экинчи жолугушуу. 5 бала. Сначала чай, потом «{{Сүрөт аркылуу сүйлөшүү}}»"),
            (
                2,
                ["quote"],
                "[[first:Эрик]]: «аял айлык алса, күйөөсүн сыйлабай калат». Я спросила, а у тебя апа сколько получает? унчукпай калды",
            ),
            (
                3,
                ["insight"],
                "[[nick:Самовар]] айтты: апасы түнкү сменада, ал эки иниси менен өзү отурат, тамак жасайт. Молодец",
            ),
            (5, ["resistance"], "[[name:Бейшеев]] телефон ойноп отурду, эки жолу эскертүү"),
            (
                7,
                ["follow-up"],
                "[[first:Темирдин|Темир]] атасы келип алып кетти, машинасы [[plate:07 458 ABM]], тел [[phone:+996 (3922) 5-61-04]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Мирлан]] жекече айтты: карындашын, [[name:Жазгүл]], {{Түп}} районундагы бир жигит ала качканы жатат дешет. Түшүндүрдүм, бул {{Кылмыш-жаза кодексинин 175-беренеси}}",
            ),
        ],
    ),
    (
        "ru",
        "Жети-Өгүз",
        ["Ырысбек Мамбетов", "Айбек Турсунбаев", "Нурсултан Эсенов", "Бакай Шамшиев"],
        [
            (0, [], "Жети-Өгүз айылы, клуб. 4 бала, сыртта жамгыр. Көнүгүү «{{Орун алмашуу}}»"),
            (
                2,
                ["quote"],
                "[[first:Ырысбек]]: «үйдө {{ырыс}} болсун десең, аял үндөбөшү керек» ну классика от бабушки",
            ),
            (
                3,
                ["insight"],
                "[[first:Бакай]] айтты: атасы [[quasi:Барскоондогу жалгыз эркек тигүүчү, базарда көйнөк тигет]], и никто над ним не смеётся",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Айбекке|Айбек]] справка керек: туулган [[birthdate:12.01.2008]], тел [[phone:0700 318 427]]",
            ),
            (
                8,
                ["referral"],
                "Бир бала айтты, агасы [[name:Эсенов Талант|Эсенов,Талант]] ичип келип аялын урат, ал боюнда бар. Алар [[address:эски санаторийдин артындагы үй, жашыл чатыр]]",
            ),
            (11, [], "Акырында {{Алыкул Осмонов}} жазган ырды окудук"),
        ],
    ),
    (
        "ru",
        "Балыкчы",
        ["Данияр Абдыкалыков", "Мирбек Кулов", "Элдияр Сатыбалдиев", "Кутман Токтосунов", "Байэл Жээнбеков"],
        [
            (0, [], "{{Балыкчы}}, жаштар үйү. 5 бала. Көнүгүү «{{Кутучадан чыгуу}}»"),
            (
                2,
                ["quote"],
                "[[nick:Кактус]]: «мен аялымды эч жакка жибербейм, кызганам значит люблю»",
            ),
            (
                5,
                ["resistance"],
                "[[first:Элдияр]] менен [[nick:Кактус]] урушуп кете жаздашты, бөлүп койдум",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Байэлдин|Байэл]] апасы [[name:Жээнбекова Назгүл|Жээнбекова,Назгүл]] чалды [[phone:+996 772 40 18 65]], уулу кеч келет деп",
            ),
            (
                9,
                ["referral"],
                "[[first:Мирбек]] айтты: атасы апасынын паспортун алып койгон, {{Казакстанга}} иштегени жибербейт. Экономикалык зомбулук жөнүндө сүйлөштүк",
            ),
            (11, [], "кийинки жолу [[first:Санжик]] да келет дешти"),
        ],
    ),
    (
        "ru",
        "Каракол",
        ["Азамат Иманалиев", "Үмүтбек Абдраев", "Канат Жолдошев", "Ислам Сулайманов", "Тилек Асылбеков"],
        [
            (
                0,
                [],
                "Каракол, китепкана {{Пржевальский}} музейинин жанында. 5 бала. Акырында ар ким бир тилек жазат деп макулдаштык",
            ),
            (2, ["quote"], "[[first:Тилек]]: «менин атым {{тилек}}, апам мени көп күтүп алган»"),
            (
                3,
                ["insight"],
                "[[nick:Чычкан]] бүгүн такыр башка: эжесин коргоп кошунанын баласы менен урушуп калыптыр. Кулаксыз коргоо жөнүндө сүйлөштүк",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Исламдын|Ислам]] ID картасы [[passport:ID1284573]], Россияга кетет, коопсуз миграция боюнча айттым",
            ),
            (
                8,
                ["referral"],
                "[[first:Азик]] айтты: кошунасы [[name:Гүлбара эже|Гүлбара]], [[quasi:Караколдогу жалгыз аял такси айдоочу, сары Хонда менен]], күйөөсүнөн таяк жейт, баары билет",
            ),
            (11, [], "[[first:Үмүтбек]] жазды: «{{үмүт}} менен жашагым келет»"),
        ],
    ),
    (
        "ru",
        "Түп",
        ["Марат Акматов", "Бекзат Дүйшөнбиев", "Ильяс Шаршеев", "Нурислам Орозбеков"],
        [
            (0, [], "Түп айылы, мектеп. 4 бала. «Сезимдер картасы»"),
            (
                2,
                ["quote"],
                "[[name:Шаршеев]]: «эркек ыйласа, ал эркек эмес». [[name:Дүйшөнбиев]]: «а {{Манас}} да ыйлаган». Бардыгы күлдү",
            ),
            (
                3,
                ["insight"],
                "[[first:Нурислам]] айтты: атасы Россияда, өзү үйдө эң улуу эркек, «но я не начальник, я помощник»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бекзат]] ватсап [[phone:0 222 56 14 70]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Ильяс]] айтты, апасы [[name:Шаршеева Бүбүкан|Шаршеева,Бүбүкан]] атасынан качып, [[address:Гагарин көчөсү 112, 4-батир]]да эжесиникинде жашайт. Атасы [[phone:+996 559 11 72 06]] номеринен коркутат",
            ),
            (11, [], "Кийинки жолу «{{Манас}}» эпосунан {{Каныкей}} тууралуу, китепти мен алып келем"),
        ],
    ),
    # ---- Facilitator C (Nilufar Rajabova, history teacher at a Bukhara school): Uzbek Latin with the
    # official ʻ (oʻ, gʻ) and ʼ, the boys' Tajik (Bukhara) speech written in Latin letters, -ning/-ga/-ni
    # glued to names (Jasurning, Otabekning, Ravshanning, Behruzning, Sardorbekning), -aka/-opa on adults,
    # "Surname Given" for parents, names that are words (Jasur and jasur, Shodlik and shodlik, Nodir and nodir,
    # Islom and Islom), nicknames that are words with no cue (Qovun, Boʻri, Choynak, Chumchuq, Piyola, Limon), a pet form
    # (Shoxa), (65) landlines, +998 9x mobiles in three shapes, JShShIR, AD ID cards, 80-region plates, a
    # Humo card, ru workshops
    (
        "ru",
        "Buxoro",
        ["Jasur Rahimov", "Sherzod Qodirov", "Otabek Nazarov", "Behruz Ergashev", "Islom Hamroyev"],
        [
            (0, [], "Buxoro, 21-maktab, tarix xonasi. 5 yigit. Mashq «Kuch gʻildiragi»."),
            (
                2,
                ["quote"],
                "[[nick:Piyola]]: «Xotin kishi erkakka qarshi gapirmasligi kerak, dadam shunday deydi».",
            ),
            (
                3,
                ["insight"],
                "[[first:Jasur]] javob berdi: «{{jasur}} boʻlish — urish emas, xatoni tan olish». [[first:Jasurning|Jasur]] gapi hammaga yoqdi.",
            ),
            (5, ["resistance"], "[[nick:Qovun]] butun dars telefonda oʻtirdi, ikki marta ogohlantirdim."),
            (
                7,
                ["follow-up"],
                "[[first:Otabekning|Otabek]] onasi qoʻngʻiroq qildi [[phone:(65) 221-43-07]], oʻgʻli kechqurun qayerda yurishini soʻradi.",
            ),
            (
                9,
                ["referral"],
                "[[first:Behruz]] yolgʻiz qolganda aytdi: togʻasi [[name:Ergashev Anvar|Ergashev,Anvar]] xotinini uradi, ular [[address:Gʻijduvon koʻchasi, 17-uy]]da turadi. {{1146}} raqamini berdim, mahalla raisiga aytdim.",
            ),
        ],
    ),
    (
        "ru",
        "Gʻijduvon",
        ["Shodlik Karimov", "Doniyor Toshev", "Sardorbek Xolov", "Umarjon Sobirov"],
        [
            (0, [], "Gʻijduvon, mahalla guzari. 4 yigit. «{{Rollar almashuvi}}» mashqi."),
            (
                2,
                ["quote"],
                "Bir yigit tojikcha aytdi: «zan boyad dar xona boshad, kori berun kori mard ast».",
            ),
            (
                3,
                ["insight"],
                "[[first:Shodlik]]: «Oyim kulsa, uyda {{shodlik}} boʻladi, dadam buni bilmaydi». Jim boʻlib qolishdi.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Umarjon]] volontyor boʻlmoqchi: telegram [[handle:@umarjon_sobirov]], tel [[phone:90-614-27-39]], JShShIR [[iin:51907072300417]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Sardorbekning|Sardorbek]] aytishicha, akasi [[name:Xolov Baxtiyor|Xolov,Baxtiyor]] kelinini uydan chiqarmaydi, telefonini olib qoʻygan. Ular [[address:kulolchilar mahallasi, eski hammom orqasidagi yashil darvozali uy]]da yashaydi.",
            ),
            (11, [], "Keyingi safar {{Imom Buxoriy}} hadislaridan ayolga hurmat haqida oʻqiymiz."),
        ],
    ),
    (
        "ru",
        "Kogon",
        ["Nodir Yoʻldoshev", "Akmal Rustamov", "Bobur Mirzayev", "Firdavs Hakimov", "Ravshan Ochilov"],
        [
            (0, [], "Kogon, temir yoʻl kolleji. 5 yigit. Mashq «Oʻz chegaram»."),
            (2, ["quote"], "[[nick:Boʻri]]: «Qiz bola kechqurun koʻchaga chiqsa — oʻzi aybdor»."),
            (
                3,
                ["insight"],
                "[[first:Nodir]] aytdi: «Ismim {{nodir}} — yaʼni kamyob. Kamyob erkak — xotinini urmaydigan erkak». Kulishdi, lekin oʻylab qolishdi.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Firdavs]] tugʻilgan [[birthdate:2007-yil 23-avgust]], pasport [[passport:AD 3318472]], sertifikat uchun.",
            ),
            (
                8,
                ["referral"],
                "[[first:Ravshanning|Ravshan]] singlisi [[name:Ochilova Mohinur|Ochilova,Mohinur]] 17 yoshda, uni Rossiyada ishlaydigan yigitga bermoqchi. «{{Xotin-qizlarni tazyiq va zoʻravonlikdan himoya qilish toʻgʻrisida}}»gi qonun haqida gapirdim.",
            ),
            (
                11,
                [],
                "[[nick:Boʻri]] oxirida oʻzi stullarni yigʻishtirdi :)",
            ),
        ],
    ),
    (
        "ru",
        "Buxoro",
        ["Jasur Rahimov", "Sherzod Qodirov", "Islom Hamroyev", "Mirshod Jalolov", "Behruz Ergashev"],
        [
            (
                0,
                [],
                "Buxoro, ikkinchi uchrashuv. 5 yigit. Avval {{Ark}} atrofida sayr qildik, keyin «{{Jim tinglash}}» mashqi.",
            ),
            (
                2,
                ["quote"],
                "[[first:Islom]]: «{{Islom}} dinida ayolni urish yoʻq, buni domla aytgan». Yaxshi boshlanish.",
            ),
            (
                5,
                ["resistance"],
                "[[nick:Qovun]] yana kechikdi, [[nick:Choynak]] bilan birga keldi, ikkalasi kulib oʻtirdi.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Mirshod]] Humo kartasini yozib berdi [[card:9860 0102 4417 7365]], sovrin pulini soʻradi — pul bermaymiz dedim. Onasining raqami [[phone:+998 (91) 405 18 62]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Behruzning|Behruz]] xolasi, [[quasi:Buxorodagi yagona ayol zargar, Toqi Zargaronda doʻkoni bor]], erining qarindoshlaridan haqorat eshitadi. Onasi bilan gaplashdim.",
            ),
        ],
    ),
    (
        "ru",
        "Vobkent",
        ["Shoxrux Turgʻunov", "Diyorbek Aminov", "Azizbek Qurbonov", "Muhammadali Sodiqov"],
        [
            (0, [], "{{Vobkent}}, minora yonidagi mahalla markazi. 4 yigit. «{{Qutidagi erkak}}»."),
            (
                2,
                ["quote"],
                "[[first:Shoxa]] tojikcha gapirdi: «mard boyad pul yobad, zan — xizmat kunad».",
            ),
            (
                3,
                ["insight"],
                "[[nick:Limon]]: «opam [[quasi:tumandagi yagona ayol traktorchi, qizil Belarusda ishlaydi]], hamma uni hurmat qiladi».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Azizbekning|Azizbek]] dadasi [[name:Qurbonov Hamid aka|Qurbonov,Hamid]] uni [[plate:80 A 412 KB]] Nexiyada olib ketdi, telefoni [[phone:93 557 21 04]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Muhammadali]] aytdi: amakisi xotinining pasportini olib qoʻygan, ishga chiqarmaydi. Iqtisodiy zoʻravonlik haqida gaplashdik.",
            ),
        ],
    ),
    (
        "ru",
        "Qorakoʻl",
        ["Oybek Jumayev", "Sanjar Usmonov", "Elbek Rajabov", "Doston Hayitov"],
        [
            (0, [], "Qorakoʻl, tuman yoshlar markazi. 4 yigit. Mashq «Ovozsiz rasm»."),
            (2, ["quote"], "[[nick:Chumchuq]]: «Ayol ishlasa, bola tarbiyasi buziladi»."),
            (
                3,
                ["insight"],
                "[[first:Elbek]] qarshi chiqdi: onasi {{Turkiya}} — {{Istanbul}} shahrida ishlaydi, pul yuboradi, «biz yaxshi yashaymiz».",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Sanjar]] email [[email:sanjar.usmonov2008@gmail.com]], tugʻilgan kuni [[birthdate:14/03/2008]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Oybek]] dedi: qoʻshnisi [[name:Salima opa|Salima]] eridan qochib, [[address:Navoiy koʻchasi, 8-uy, 3-xonadon]]da singlisinikida yashirinib yuribdi. Eri [[phone:+998 97 310 44 82]] raqamidan tahdid qilyapti.",
            ),
            (11, [], "Bir yigit {{Fitrat}} haqida referat tayyorlamoqchi."),
        ],
    ),
    (
        "ru",
        "Romitan",
        ["Shodlik Karimov", "Nodir Yoʻldoshev", "Javohir Ashurov", "Ulugʻbek Xoliqov", "Bekzod Ravshanov"],
        [
            (0, [], "Romitan, maktab oshxonasi (zal taʼmirda). 5 yigit. «{{Koʻzgu}}» mashqi."),
            (
                2,
                ["quote"],
                "[[first:Javohir]]: «{{Ibn Sino}} ham ayollarni davolagan, demak ular teng».",
            ),
            (
                3,
                ["insight"],
                "[[first:Shodlik]] va [[first:Nodir]] juft boʻlib ishlashdi, biri onasining rolini oʻynadi, yaxshi chiqdi.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Ulugʻbek|Ulugʻbek,Ulugbek]] mashgʻulotni «Yevropa gʻoyasi» dedi, ketib qoldi.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Bekzodning|Bekzod]] tugʻilgan sanasi [[birthdate:2006-yil 2-dekabr]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Javohir]] oxirida aytdi: otasi [[name:Ashurov Komil|Ashurov,Komil]] onasini uradi, ular [[address:paxta zavodi yonidagi ikki qavatli uy, 2-qavat, chap eshik]]da turadi.",
            ),
        ],
    ),
    # ---- Facilitator D (Мавлуда Саидова, worker at a Kulob women's NGO): Russian notes around whole Tajik
    # clauses, Tajik letters typed in one note and left out in the next (Ҷамшед/Чамшед, Фирӯз/Фируз,
    # Ҳусейн/Хусейн), -ҷон and -ро on names, names that are words beside the word (Далер and далер, Бахтиёр
    # and бахтиёр, Меҳрубон and меҳрубон, Сомон beside сомонӣ, Рустам beside Рустами Достон, Сино beside
    # Ибни Сино), nicknames that are words with no cue (Бедана, Мӯйлаб, Гунҷишк, Калла), pet forms (Шерик, Рауф,
    # Ҷонӣ, Азиз), (3322) landlines, 9-digit mobiles, ИНН, passports, 03-region plates, a Korti Milli card
    (
        "ru",
        "Кӯлоб",
        ["Далер Раҳимов", "Ҷамшед Сафаров", "Ҳусейн Назаров", "Фирӯз Қурбонов", "Шаҳром Мирзоев"],
        [
            (
                0,
                [],
                "Кӯлоб, маркази ҷамъиятӣ назди {{Мақбараи Мир Сайид Алии Ҳамадонӣ}}. 5 бача. Машқи «Чархи қудрат»",
            ),
            (
                2,
                ["quote"],
                "[[first:Ҷамшед|Ҷамшед,Чамшед]]: «зан бояд гапи шавҳарро гӯш кунад, ин тартиб аст». Несколько кивнули",
            ),
            (
                3,
                ["insight"],
                "[[first:Далер]] ответил: «номам {{далер}} аст, яъне ҷасур. Ҷасур будан — занро назадан»",
            ),
            (5, ["resistance"], "[[nick:Бедана]] всё занятие хихикал и снимал на телефон, попросила убрать"),
            (
                7,
                ["follow-up"],
                "модари [[first:Фируз|Фирӯз,Фируз]] позвонила с [[phone:(3322) 2-45-18]], просит справку",
            ),
            (
                9,
                ["referral"],
                "[[first:Хусейн|Хусейн,Ҳусейн]] потом сказал: бародараш [[name:Назаров Сӯҳроб|Назаров,Сӯҳроб]] из России звонит и угрожает жене, она живёт у них, [[address:кӯчаи Исмоили Сомонӣ 41, хонаи 6]]. дала {{112}}",
            ),
        ],
    ),
    (
        "ru",
        "Восеъ",
        ["Некрӯз Шарифов", "Манучеҳр Азизов", "Сомон Раҷабов", "Бахтиёр Ғаниев"],
        [
            (0, [], "Восеъ, мактаби 12, синфхона. 4 бача, один пришёл с братом"),
            (
                2,
                ["quote"],
                "[[first:Сомон]]: «агар зан аз шавҳар 200 {{сомонӣ}} зиёд гирад, худро калон мегирад»",
            ),
            (
                3,
                ["insight"],
                "[[first:Бахтиёр]]: «номам {{бахтиёр}}, яъне хушбахт. Хушбахтӣ — вақте ки модарам хандон аст»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Манучехр|Манучеҳр,Манучехр]] для сертификата: ИНН [[iin:520418736]], санаи таваллуд [[birthdate:21.03.2008]], тел [[phone:918 45 67 89]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Некрӯз|Некрӯз,Некруз]] гуфт: хоҳараш [[name:Шарифова Ситора|Шарифова,Ситора]] 16 сола, падараш уро ба шавҳар доданӣ. Объяснила: {{Кодекси оила}}, никоҳ аз 18 сол",
            ),
            (11, [], "Ба охир шеъри {{Лоиқ Шералӣ}} хондем. [[first:Сомон]] гиря кард, хеле самимӣ"),
        ],
    ),
    (
        "ru",
        "Фархор",
        ["Шерали Давлатов", "Сафар Холов", "Абдурауф Саидов", "Исмоил Азимов", "Ҷонибек Ризоев"],
        [
            (0, [], "Фархор, клуби ҷамоат. 5 бача. «Дарахти орзу»"),
            (
                2,
                ["quote"],
                "[[first:Шерик]]: «мард бояд ҳама чизро худаш ҳал кунад, зан набояд пурсад»",
            ),
            (
                3,
                ["insight"],
                "У [[first:Рауфа|Рауф]] падар шаш сол боз дар {{Маскав}}, модараш ҳама корро мекунад — «вай аз ҳама мардтар»",
            ),
            (5, ["resistance"], "[[name:Холов]] пришёл на полчаса, сказал на стройку надо"),
            (
                7,
                ["follow-up"],
                "[[first:Чони|Ҷонӣ,Чони]] хочет волонтёром, инстаграм [[handle:@joni_rizoev]], тел [[phone:+992 900 41 22 87]]",
            ),
            (
                9,
                ["referral"],
                "[[nick:Калла]] гуфт: ҳамсояашон [[quasi:ягона зани тракторрон дар деҳа, трактори кабуд дорад]], шавҳараш ӯро мезанад, ҳама медонанд. дала {{112}}",
            ),
        ],
    ),
    (
        "ru",
        "Кӯлоб",
        ["Далер Раҳимов", "Ҷамшед Сафаров", "Фирӯз Қурбонов", "Парвиз Одинаев", "Умар Шоев"],
        [
            (0, [], "Кулоб, вторая встреча. 5 бача. «{{Нақши баръакс}}»"),
            (2, ["quote"], "[[nick:Мӯйлаб]]: «духтар бояд дар хона нишинад, телефон набояд дошта бошад»"),
            (
                3,
                ["insight"],
                "[[first:Фирӯзҷон|Фирӯз,Фируз]] рассказал, что после прошлого раза помог маме с тандыром. «Осмон ба замин наафтод»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Парвиз]] уезжает на заработки, паспорт [[passport:А 4718203]], тел брата [[phone:+992 (93) 555-12-34]]. Дала памятку {{МОМ}} о безопасной миграции",
            ),
            (
                8,
                ["referral"],
                "[[first:Умар]] сказал: амакаш [[name:Шоев Ҷумъа|Шоев,Ҷумъа]] занашро дар хона қулф мекунад. Живут [[address:деҳаи Ҳулбук, назди мактаби 5, дарвозаи сурх]]. Разъяснила {{Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»}}",
            ),
        ],
    ),
    (
        "ru",
        "Муъминобод",
        ["Хуршед Наимов", "Зафар Ашуров", "Рустам Бобоев", "Саидмурод Гулов"],
        [
            (0, [], "Муъминобод, хонаи раиси маҳалла. 4 бача. Сперва чай, потом «Хати зиндагӣ»"),
            (2, ["quote"], "[[first:Рустам]]: «мард бояд мисли {{Рустами Достон}} бошад — пурзӯр»"),
            (
                3,
                ["insight"],
                "[[first:Зафар]] ответил: «{{Рустам}} ҳам Таҳминаро ҳурмат мекард». Все рассмеялись",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Саид|Саидмурод,Саид]] просит справку: д.р. [[birthdate:5 июни соли 2007]], тел [[phone:90 733 18 42]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Хуршеда|Хуршед]] апаи калон [[name:Наимова Гулчеҳра|Наимова,Гулчеҳра]] аз шавҳараш гурехта, дар хонаи онҳо, [[address:кӯчаи Рӯдакӣ, хонаи 27]]. Шавҳар бо мошини [[plate:4517 АБ 03]] шабона меояд, дар мезанад",
            ),
        ],
    ),
    (
        "ru",
        "Ҳамадонӣ",
        ["Бахром Саидов", "Меҳрубон Назриев", "Асадулло Каримов", "Фаридун Раҳмонов"],
        [
            (0, [], "Ҳамадонӣ, хонаи фарҳанг. 4 бача. «{{Оинаи ҳиссиёт}}»"),
            (2, ["quote"], "[[nick:Гунчишк|Гунҷишк,Гунчишк]]: «зан — хона, мард — кӯча, ҳамин тавр буд»"),
            (
                3,
                ["insight"],
                "[[first:Асад|Асадулло,Асад]] гуфт, модараш [[quasi:ягона духтури зан дар деҳа, ки худаш мошин меронад]], ва падараш аз ин фахр мекунад",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бахром]] почта [[email:bahrom.saidov07@mail.ru]]. Просил за проезд на карту [[card:9762 0418 0552 9131]] — объяснила, что не переводим",
            ),
            (
                8,
                ["referral"],
                "Один рассказал: тағояш [[name:Раҳмонов Нуриддин|Раҳмонов,Нуриддин]] ҳар шаб маст меояд, занашро мезанад. Живут [[address:деҳаи Меҳнатобод, хонаи сеюм аз масҷид, дарвозаи сабз]]",
            ),
            (11, [], "[[first:Меҳрубон]] гуфт: «ман номи худро ҳоло фаҳмидам — {{меҳрубон}} будан лозим»"),
        ],
    ),
    (
        "ru",
        "Данғара",
        ["Сино Ҳакимов", "Навид Олимов", "Шоҳин Бобоев", "Азизҷон Самадов", "Мустафо Қодиров"],
        [
            (0, [], "Данғара, литсей. 5 бача. «{{Шаш кулоҳ}}»"),
            (
                2,
                ["quote"],
                "[[first:Сино]]: «номамро ба шарафи {{Ибни Сино}} гузоштаанд, ӯ табиб буд, занонро ҳам табобат мекард»",
            ),
            (
                3,
                ["insight"],
                "[[first:Навид]] и его сосед спорили про калым; первый сказал, что сестра [[name:Олимова Ширин|Олимова,Ширин]] сама выбрала мужа и «ничего, живут»",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Азиз|Азизҷон,Азиз]] для справки: ИНН [[iin:610947253]], тел [[phone:+992 918 604 215]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Мустафо]] шепнул: холааш [[quasi:ягона зани нонвой дар бозори калон, танӯри сурх дорад]], шавҳараш ӯро мезанад. дала {{112}}",
            ),
        ],
    ),
    # ---- Facilitator E (Ерболсын Сейітқали, imam's assistant at a Kyzylorda mosque): Kazakh with all its
    # letters, religious formulas (Бісміллә, Алла разы болсын), бауырым, Kazakh case endings on
    # names (Нұрдәулетке, Ғалымжанның, Жандарбектің, Нұрболдың, Ерланның), names that are words beside the
    # word (Иман and иман, Мейірім and мейірім, Жомарт and жомарт, Сабыр and сабыр), a surname that is a
    # public figure's (Байтұрсынов beside Ахмет Байтұрсынұлы), pet forms (Ерғош, Дәке, Бауке, Мұха),
    # nicknames that are words with no cue (Балық, Күріш, Бүркіт, Шелпек), an 8 (72433) landline, ЖСН,
    # N-passports, 11-region plates, kk workshops
    (
        "kk",
        "Қызылорда",
        [
            "Иман Жақыпбеков",
            "Ерғали Сұлтанов",
            "Нұрдәулет Әбдіраманов",
            "Бекарыс Тоқтарбаев",
            "Асылан Мәденов",
        ],
        [
            (
                0,
                [],
                "Бісміллә. {{Айтбай мешіті}} жанындағы оқу бөлмесі. 5 жігіт. Жаттығу «Шекара сызығы»",
            ),
            (
                2,
                ["quote"],
                "[[first:Ерғош]] ([[first:Ерғали]]): «әйел күйеуіне қарсы сөйлесе, ұрса болады, {{Құран}} солай дейді»",
            ),
            (
                3,
                ["insight"],
                "Оған [[first:Иман]] жауап берді: «{{иман}} бар адам әйелін ұрмайды, Пайғамбарымыз ешқашан әйелін ұрмаған». Алла разы болсын, бауырым",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нұрдәулетке|Нұрдәулет]] анықтама керек: ЖСН [[iin:070214501700]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Бекарыс]] сабақтан кейін айтты: ағасы [[name:Тоқтарбаев Жандос|Тоқтарбаев,Жандос]] жеңгесін ұрады. Олар [[address:Тасбөгет кенті, Жібек жолы көшесі, 23-үй]]. {{111}} нөмірін бердім, учаскелікке хабарладым",
            ),
        ],
    ),
    (
        "kk",
        "Арал",
        ["Мейірлан Жалғасбаев", "Ғалымжан Ермеков", "Дәулет Құттыбаев", "Саят Өтепов"],
        [
            (
                0,
                [],
                "Арал қаласы, мешіттің кітапханасы. 4 жігіт. Алдымен {{балық}} аулау туралы әңгіме, сосын «Рөл ауыстыру»",
            ),
            (
                2,
                ["quote"],
                "[[nick:Балық]]: «әйелдің орны — үй, ер адамның орны — теңіз». Бәрі күлді",
            ),
            (
                3,
                ["insight"],
                "[[first:Саят]]: «менің анам [[quasi:Аралдағы жалғыз әйел кеме капитаны]], оны бәрі сыйлайды, әкем де»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ғалымжанның|Ғалымжан]] әкесі [[name:Ермеков Бақытжан|Ермеков,Бақытжан]] хабарласты [[phone:8 (72433) 2-17-56]], баласын Ресейге жұмысқа жібергісі келеді",
            ),
            (
                8,
                ["referral"],
                "[[first:Дәке]] жеке айтты: әпкесін, [[name:Құттыбаева Айнұр|Құттыбаева,Айнұр]], күйеуі үйден шығармайды, телефонын тартып алған. Олар [[address:Сексеуіл кенті, вокзал артындағы көк шатырлы үй]]. {{150}} бердім",
            ),
            (11, [], "Соңында {{Жанқожа батыр}} туралы айттық: ол әлсізді қорғаған"),
        ],
    ),
    (
        "kk",
        "Қызылорда",
        ["Иман Жақыпбеков", "Ерғали Сұлтанов", "Асылан Мәденов", "Бауыржан Ілиясов", "Жандарбек Оразов"],
        [
            (0, [], "Екінші кездесу, мешіттің оқу бөлмесі. 5 жігіт. Имам ағай да бес минут отырды"),
            (2, ["quote"], "[[nick:Күріш]]: «қыз бала оқуға қалаға бармауы керек, бұзылады»"),
            (
                3,
                ["insight"],
                "[[first:Асылан]] қарсы болды: қарындасы [[name:Мейірім]] {{Алматы}} қаласында медицинада оқиды, «аты да {{мейірім}}, адамдарды емдейді»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Бауке]] волонтер болғысы келеді: [[phone:+7 (702) 514 38 09]], инстаграм [[handle:@bauka_iliyasov]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Жандарбектің|Жандарбек]] нағашы ағасы [[name:Оразов Мұрат|Оразов,Мұрат]] әйелін балаларының көзінше ұрады. Олар [[address:Ақмешіт ықшамауданы, 7-үй, 45-пәтер]]. {{111}}",
            ),
        ],
    ),
    (
        "kk",
        "Қазалы",
        ["Жомарт Әлімов", "Нұрсұлтан Байтұрсынов", "Ерсін Қожабеков", "Әлібек Нартаев"],
        [
            (0, [], "Қазалы, аудандық мешіт. 4 жігіт. «Сезім картасы»"),
            (
                2,
                ["quote"],
                "[[first:Жомарт]]: «әкем айтады: ер адам {{жомарт}} болса, әйелі бағынады»",
            ),
            (
                3,
                ["insight"],
                "[[name:Байтұрсынов]] өз фамилиясы туралы: «біз {{Ахмет Байтұрсынұлы}} әулетінен емеспіз, бірақ ол қыздардың оқуын қолдаған»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ерсін]] Ресейге кетеді, төлқұжат [[passport:N13749826]], тел [[phone:8 747 205 31 68]]",
            ),
            (
                8,
                ["referral"],
                "[[nick:Шелпек]] айтты: көрші апай, [[quasi:Қазалыдағы жалғыз әйел наубайшы, нанын бүкіл аудан біледі]], күйеуінен таяқ жейді. «Ұят» деп ешкім араласпайды. {{111}} бердім",
            ),
        ],
    ),
    (
        "kk",
        "Жаңақорған",
        ["Сабыр Исаев", "Нұрбол Мырзахметов", "Ерболат Кенжебаев", "Мұхаммедәли Сейітов", "Талғат Жүсіпов"],
        [
            (0, [], "Жаңақорған, орталық мешіт. 5 жігіт. Намаздан кейін бастадық"),
            (
                2,
                ["quote"],
                "[[first:Сабыр]]: «әйел {{сабыр}} етуі керек, әкем солай дейді». Мен: «{{сабыр}} екеуіне де керек» дедім",
            ),
            (
                3,
                ["insight"],
                "[[first:Мұха]] айтты: әкесі анасымен ақылдаспай ешнәрсе шешпейді, «сондықтан үйде береке бар»",
            ),
            (5, ["resistance"], "[[nick:Бүркіт]] телефонмен ойнап отырды, екі рет ескерттім"),
            (
                7,
                ["follow-up"],
                "[[first:Нұрболдың|Нұрбол]] анасы қоңырау шалды [[phone:87014583920]], баласын [[plate:512 BNK 11]] көлікпен өзі алып кетеді",
            ),
            (
                9,
                ["referral"],
                "[[first:Талғат]] айтты: інісін өгей әкесі [[name:Жүсіпов Серік|Жүсіпов,Серік]] белбеумен сабайды. Олар [[address:Абай көшесі, 15-үй, ауласы ағаш қоршау]]. {{150}}, ювеналды полиция",
            ),
        ],
    ),
    (
        "kk",
        "Шиелі",
        [
            "Иман Жақыпбеков",
            "Бекарыс Тоқтарбаев",
            "Нұрдәулет Әбдіраманов",
            "Ғани Омаров",
            "Ерлан Құдайбергенов",
        ],
        [
            (0, [], "Шиелі, ауылдық мешіт, 5 жігіт. {{Қожа Ахмет Ясауи}} хикметінен бастадық"),
            (2, ["quote"], "[[first:Ғани]]: «{{ҚМДБ}} имамдары да айтады: отбасындағы зорлық — күнә»"),
            (
                3,
                ["insight"],
                "[[first:Нұрдәулет]] бұрын үндемейтін, бүгін айтты: «анам түнде жылайды, мен енді не істеу керек екенін білемін»",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ерланның|Ерлан]] туған күні [[birthdate:09.09.2006]], ЖСН [[iin:060909500401]], e-mail [[email:erlan.kudaibergenov06@mail.ru]]",
            ),
            (
                8,
                ["referral"],
                "Бір жігіт айтты: ағасы [[name:Тоқтарбаев]] енді ішпейді, жеңгесі үйге қайтты. Алла разы болсын",
            ),
            (
                11,
                [],
                "[[first:Иман]] ұсынды: келесі жолы {{«Тұрмыстық зорлық-зомбылық профилактикасы туралы» Заң}} туралы оқимыз",
            ),
        ],
    ),
    # ---- Facilitator F (Dr Aigerim Nurpeisova, clinical psychologist at an Almaty NGO): English clinical
    # shorthand (affect, disclosure, risk assessment, pt), the boys' Kazakh quoted in the 2018 Latin with
    # acute letters (á, ó, ú, ı, ǵ) and translated in brackets, one boy's name in lower case as he writes it,
    # names that are words beside the word (Aman and aman, asyl and asyl, Alma and alma, Dana and dana,
    # Kairat beside FC Kairat), English-word nicknames with no cue (Pixel, Noodle, Sheriff, Walrus, Biscuit), pet forms
    # (Nurik, Dauka), surnames alone, +7 (727) landlines and +7 7xx mobiles in three shapes, IIN, an ID card,
    # 02-region plates, day-first and Kazakh dates, en workshops
    (
        "en",
        "Almaty",
        ["Aman Serikbayev", "Daniyar Omarov", "Temirlan Zhaksylykov", "Arsen Kim", "Yerkebulan Abenov"],
        [
            (
                0,
                [],
                "Almaty, our office near Kok-Tobe. Five young men, 19-23. Warm-up: Feelings Thermometer.",
            ),
            (
                2,
                ["quote"],
                "[[first:Aman]]: 'úıde eshkim {{aman}} emes' (nobody at home is safe). Flat affect, avoided eye contact.",
            ),
            (
                3,
                ["insight"],
                "[[nick:Pixel]] reframed it: 'your dad's anger is his, not yours'. Two others agreed.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Daniyar]] wants individual sessions: [[phone:+7 708 412 55 90]], Telegram [[handle:@daniyar_omr]], DOB [[birthdate:11 Feb 2005]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Aman]] after group: father [[name:Serikbayev Nurlan|Serikbayev,Nurlan]] hits his mother 'once a week, when he drinks'. They live at [[address:Aksai-4, block 31, apt 58]]. Risk assessment done; gave {{111}} and the {{Union of Crisis Centres}} hotline.",
            ),
        ],
    ),
    (
        "en",
        "Kaskelen",
        ["Nurbolat Tokenov", "Ilyas Sadykov", "Asyl Mukhamedzhanov", "Sultan Beisenov"],
        [
            (0, [], "Kaskelen, district youth centre. Four participants. Exercise: Circle of Trust."),
            (
                2,
                ["quote"],
                "[[first:Sultan]]: 'áıel adam erkekke baǵynýy kerek' (a woman must obey a man). Says his uncle taught him.",
            ),
            (
                3,
                ["insight"],
                "[[first:asyl]] (writes his name in lower case on the sheet) said 'anam {{asyl}} adam' (my mother is a precious person); she works two jobs.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Nurik]] wants to volunteer: [[email:nurik.tokenov@gmail.com]], IIN [[iin:060322501904]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Ilyas]] disclosed that his sister [[name:Alma]] (17) is pressured to marry; a man called [[name:Zhandos]] said he would 'take her'. Bride-kidnapping risk: we went over {{Article 125}} of the Criminal Code. Home: [[address:behind the petrol station on the old Tashkent road, blue gate, dog in the yard]].",
            ),
            (11, [], "Closed with {{alma}} (apples) from a grandmother's orchard in the village."),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Aman Serikbayev", "Daniyar Omarov", "Arsen Kim", "Rauan Seitkali", "Madi Zhunusov"],
        [
            (0, [], "Almaty, second cycle. Five. Exercise: {{Empty Chair}}."),
            (
                2,
                ["quote"],
                "[[nick:Noodle]]: 'if she earns more she'll leave, that's a fact'. Two laughed at him.",
            ),
            (
                3,
                ["insight"],
                "[[first:Arsen]] said his mum is [[quasi:the only woman pilot at the Almaty gliding club]] and his dad does the cooking. 'No drama.'",
            ),
            (
                5,
                ["resistance"],
                "[[first:madi]] (lower case on his name tag) kept his hood up; later: 'bári bir, apaı' (doesn't matter, miss).",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Rauan]]'s mother, [[name:Seitkali Gaukhar|Seitkali,Gaukhar]], asks for a parent session; phone [[phone:8 (727) 317-42-08]].",
            ),
            (
                9,
                ["referral"],
                "Update on last cycle's disclosure: mother moved to a shelter; father came to our office in [[plate:512 KNA 02]], shouting. Security called. Pt staying at [[address:his aunt's, Zhetysu-3, building 14, flat 22]].",
            ),
            (11, [], "Talked about {{Gennady Golovkin}} as a 'soft strong man'."),
        ],
    ),
    (
        "en",
        "Esik",
        ["Dauletkeldi Muratov", "Yerzhan Kaliyev", "Bekzhan Turlybekov", "Aibar Zhanibekov"],
        [
            (0, [], "Esik, school assembly hall. Four boys, 16-17. Exercise: Body Map."),
            (2, ["quote"], "[[first:Dauka]]: 'erkek jylamaıdy, bitti' (men don't cry, end of story)."),
            (
                3,
                ["insight"],
                "[[first:Erzhan|Yerzhan,Erzhan]] said his grandmother told him {{Abai}} cried when he wrote. Nice reframe.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Bekzhan]] needs a certificate: DOB [[birthdate:2008 jyly 3 mamyr]], ID card [[passport:No. 047812365]].",
            ),
            (
                8,
                ["referral"],
                "[[nick:Biscuit]] disclosed that his cousin [[name:Dana]] ('she is really {{dana}}, wise') is controlled by her husband: no phone, no money. They live [[address:in Turgen, the house opposite the trout farm gate]]. Gave {{111}}.",
            ),
            (11, [], "[[first:Dauka]] stayed behind to help. Said 'rahmet, apaı' twice."),
        ],
    ),
    (
        "en",
        "Shamalgan",
        ["Zhanserik Amanov", "Alikhan Bekov", "Timur Li", "Nurasyl Kassymov", "Ansar Tleubayev"],
        [
            (
                0,
                [],
                "Shamalgan, near the airport road. Five young men, two work at the market. Exercise: Power Line.",
            ),
            (
                2,
                ["quote"],
                "[[nick:Sheriff]]: 'a wife's phone is the husband's business'. Nobody pushed back at first.",
            ),
            (
                3,
                ["insight"],
                "[[nick:Walrus]] did, eventually: his sister left a jealous husband and 'is happier now'. He brought up {{Elena Rybakina}}: 'nobody tells her what to do'.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Nurasyl]]: [[handle:instagram.com/nurasyl.kassymov]], phone [[phone:+77074419326]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Alikhan]] said his father [[name:Bekov Marat|Bekov,Marat]] takes his mother's salary; she is [[quasi:the only woman mechanic at the district bus depot]]. Economic abuse; gave {{111}}.",
            ),
            (
                11,
                [],
                "Tea at the end. [[first:Zhanserik]] stayed to ask about {{UN Women}} internships.",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Aman Serikbayev", "Rauan Seitkali", "Madi Zhunusov", "Arlan Ospanov", "Kairat Suleimenov"],
        [
            (0, [], "Almaty, closing session of the cycle. Five. Exercise: Letter to Myself."),
            (
                2,
                ["quote"],
                "[[first:Kairat]] joked he's named after FC {{Kairat}}; then, serious: 'ákem qaıratyn úıde kórsetedi' (dad shows his strength at home).",
            ),
            (3, ["insight"], "One said his girlfriend [[name:Aruzhan]] taught him to say sorry first."),
            (
                7,
                ["follow-up"],
                "[[first:Rauan]] wants a reference letter for {{KazNU}}: IIN [[iin:041130502809]], phone [[phone:8 777 590 24 31]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Aman]]: father ([[name:Serikbayev]]) served 15 days of administrative arrest; mother and son now at [[address:Kalkaman-2, Zhibek Zholy lane 9]]. Next time: {{Dimash}}'s 'Daididau' as a song about grief.",
            ),
        ],
    ),
]
