# INVENTED test data: every person, phone, e-mail, handle, address, document number,
# plate and date below is made up.
"""Sixteenth set of planted sessions: six new facilitators with their own typing habits."""

SESSIONS = [
    # ---- Facilitator A (Шарофиддин Каримов, history teacher in Khatlon: Бохтар/Кӯлоб/Вахш/Данғара): Tajik
    # Cyrillic with ӣ ӯ ҳ қ ғ ҷ, Russian fillers ("в принципе", "вообще", "короче"), lower-case starts,
    # accusative -ро / izofat -и on names, "бача/бачаҳо", 9-digit Tajik phones, ru workshop
    (
        "ru",
        "Бохтар",
        ["Фирӯз Раҳимов", "Сӯҳроб Назаров", "Умед Каримов", "Бахтиёр Шарипов", "Далер Ҳасанов"],
        [
            (
                0,
                [],
                "имрӯз дар {{Бохтар}}, маркази ҷавонон. 5 бача омад: [[first:Фирӯз]], [[first:Сӯҳроб]], [[first:Умед]], [[first:Бахтиёр]], [[first:Далер]]. мавзӯъ: мард кист? в принципе ҳама фаъол буданд",
            ),
            (
                2,
                ["quote"],
                "[[first:Сӯҳроб]] гуфт: «зан бояд дар хона бошад, кори мард - пул ёфтан». бачаҳо хандиданд",
            ),
            (
                3,
                ["insight"],
                "[[first:Умедро|Умед]] пурсидам, ӯ гуфт «{{умед}} дорам, ки хоҳарам донишгоҳ хонад». падараш дар {{Русия}} кор мекунад, 4 сол боз",
            ),
            (
                5,
                ["resistance"],
                "[[first:Бахтиёр]] ҳамаи вақт телефон, гуфт «ин гапҳо барои духтарон». вообще гӯш накард",
            ),
            (
                7,
                ["follow-up"],
                "модари [[first:Далер]] - [[name:Зарина Ҳасанова]], тел [[phone:93 517 24 68]], хоҳиш кард ки бо вай гап занам. хонаашон [[address:ш. Бохтар, кӯчаи Айнӣ 47, хонаи 12]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Фирӯз]] баъд аз машғулот гуфт, ки амакаш [[name:Ҷамшед Раҳимов]] модарашро мезанад. рақами {{Хатти боварӣ}}-ро додам",
            ),
            (11, [], "кори хуб. шеъри {{Рӯдакӣ}}-ро хондем, баъд аз ид идома медиҳем"),
        ],
    ),
    (
        "ru",
        "Кӯлоб",
        [
            "Шоҳрух Давлатов",
            "Зафар Қурбонов",
            "Фарҳод Саидов",
            "Исмоил Норов",
            "Наврӯз Алиев",
            "Ҷамшед Холов",
        ],
        [
            (
                0,
                [],
                "{{Кӯлоб}}, маркази ҷавонон. 6 нафар, ҳама аз рӯйхат омаданд. [[first:Шоҳрухро|Шоҳрух]] ҳама «[[nick:Шоҳ]]» мегӯянд",
            ),
            (
                2,
                ["quote"],
                "[[nick:Шоҳ]]: «агар зан ба мард гап гардонад, мард бояд ӯро ором кунад». пурсидам чӣ хел ором кунад - хомӯш шуд",
            ),
            (
                3,
                ["insight"],
                "[[first:Фарҳод]] дар бораи достони {{«Фарҳод ва Ширин»}} гап зад: «ишқ ин эҳтиром аст, на зӯр». бачаҳо ҳам фикр карданд",
            ),
            (
                4,
                [],
                "[[first:Наврӯз]] гуфт, ки таваллудаш рӯзи ид аст, [[birthdate:21.03.2008]], барои ҳамин номашро [[first:Наврӯз]] монданд",
            ),
            (
                6,
                ["resistance"],
                "[[first:Исмоил]] ва [[first:Ҷамшед]] гуфтанд «ин барномаи ғарбӣ аст, аз {{ЮНИСЕФ}} пул мегиред». гуфтам не, дар асоси {{Қонуни ҶТ «Дар бораи пешгирии зӯроварӣ дар оила»}} кор мекунем",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Зафарро|Зафар]] бояд алоҳида бинам, бародари калонаш [[name:Рустам Қурбонов]] бо мошини [[plate:0417 АВ 03]] ӯро ба кори сохтмон мебарад, мактаб намеравад. тел: [[phone:+992 918 44 21 07]]",
            ),
            (11, [], "мавзӯи оянда - {{зафар}} чист, ғалаба бе зӯрӣ. хайр"),
        ],
    ),
    (
        "ru",
        "Вахш",
        ["Абдуллоҳ Мирзоев", "Маҳмадалӣ Сафаров", "Ҳусейн Раҷабов", "Бехрӯз Ниёзов"],
        [
            (
                0,
                [],
                "{{ноҳияи Вахш}}, дар бинои ҷамоат. 4 бача омад, дигарон дар саҳро. [[first:Маҳмадалиро|Маҳмадалӣ]] ҳама [[nick:Маҳмад]] мегӯянд",
            ),
            (
                2,
                ["quote"],
                "[[first:Ҳусейн]]: «мардон гиря намекунанд, падарам гуфтааст». баъд гуфт ки 13 сола буд, падараш мурд. тишина",
            ),
            (3, [], "[[nick:Маҳмад]] фикр дорад, ки духтар бояд то 18 солагӣ шавҳар кунад, на баъд"),
            (
                5,
                ["insight"],
                "[[first:Бехрӯз]] гуфт: хоҳараш [[name:Мадина]] мехоҳад дар {{Душанбе}} духтур шавад, падар намемонад. ин бача тарафи хоҳар аст, хуб",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Абдуллоҳ]] - [[quasi:писари имоми масҷиди деҳа]], барои ҳамин эҳтиёт шавем. рақамаш [[phone:90-123-45-67]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Ҳусейн]] ба психолог лозим, модараш [[name:Гулрухсор Раҷабова]] розӣ. ба маркази {{Бохтар}} навиштем",
            ),
            (11, [], "[[first:Бехрӯз]] санаи таваллуд: [[birthdate:05.09.2006]], барои сертификат. тамом"),
        ],
    ),
    (
        "ru",
        "Бохтар",
        ["Аҳмад Сафаров", "Навид Бобоев", "Комрон Исмоилов", "Муҳаммад Шарифов", "Сино Раҳмонов"],
        [
            (
                0,
                [],
                "{{Бохтар}}, дар китобхона, 5 нафар. машқи {{«Қуттии мардона»}} кардем, вообще хуб гузашт",
            ),
            (
                2,
                ["quote"],
                "[[first:Комрон]]: «мард ки пул надорад, мард нест». [[first:Навид]] ҷавоб дод: «падари ман пул надорад, вале мард аст». короче тишина была",
            ),
            (
                4,
                ["insight"],
                "[[first:Сино]] гуфт, ки модараш [[name:Лола]] дар бозор кор мекунад, бачаҳо масхара мекунанд. гуфтам {{лола}} гули баҳор аст, модари ту қаҳрамон",
            ),
            (6, ["resistance"], "[[first:Муҳаммадро|Муҳаммад]] гап задан намехост, дар охир рафт"),
            (
                8,
                ["follow-up"],
                "[[first:Аҳмад]] барои {{Русия}} рафтан ҳуҷҷат ҷамъ мекунад, паспорташ [[passport:А 4417823]], аз ман справка пурсид. гуфтам ба {{Хадамоти муҳоҷират}} равад",
            ),
            (
                9,
                ["referral"],
                "модари [[first:Аҳмад]] аз муҳоҷират пул фиристод ба корти [[card:9762 0000 4481 2356]], пулро амакаш [[name:Саидҷон]] гирифтааст. ба ҳуқуқшинос равон кардам",
            ),
            (11, [], "таваллуди [[first:Навид]]: [[birthdate:14 апрели 2007]], рӯйхат барои сафар"),
        ],
    ),
    (
        "ru",
        "Данғара",
        ["Азиз Ҳакимов", "Рустам Давлатов", "Баҳром Назаров", "Ҷаҳонгир Одинаев"],
        [
            (
                0,
                [],
                "{{Данғара}}, мактаб. [[first:Азиз]], [[first:Рустам]], [[first:Баҳром]], [[first:Ҷаҳонгир]]. [[first:Рустами|Рустам]] мо имрӯз дер омад, 40 дақиқа",
            ),
            (
                2,
                ["quote"],
                "[[first:Баҳром]]: «ман зани худро намезанам, лекин агар лозим шавад...» - и тут все замолчали",
            ),
            (
                3,
                ["insight"],
                "[[first:Ҷаҳонгир]] - [[quasi:ягона бачаи маъюб дар маҳалла, бо аробача]], гуфт ки ӯро ҳеҷ кас мард ҳисоб намекунад. очень сильно",
            ),
            (
                5,
                [],
                "бо [[first:Азиз]] дар бораи тӯй гап задем, ӯ 19 сола, [[name:Нигина]] ном духтарро мехоҳад, лекин падараш дигар духтар интихоб кардааст",
            ),
            (
                7,
                ["follow-up"],
                "телефони [[first:Баҳром]]: [[phone:+992 (93) 880 14 52]], почта [[email:bahrom.n2006@mail.ru]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Рустам]] гуфт, ки падараш [[name:Давлатов Шералӣ]] дар {{Маскав}} оилаи дуюм дорад, модараш депрессия. ба психологи ноҳия фиристодам. хонаашон [[address:н. Данғара, кӯчаи Сомонӣ 8]]",
            ),
            (11, [], "баъд аз {{Рамазон}} идома медиҳем, вообще хуб гузашт"),
        ],
    ),
    (
        "ru",
        "Вахш",
        ["Умедҷон Сафаров", "Исфандиёр Маҳмудов", "Фаридун Ғаффоров", "Сорбон Ҳайдаров", "Манучеҳр Сангинов"],
        [
            (
                0,
                [],
                "{{Вахш}}, ҷамоати деҳот. ҳамаи 5 бача омад. [[first:Исфандиёрро|Исфандиёр]] [[nick:Исфи]] мегӯянд",
            ),
            (
                2,
                ["quote"],
                "[[nick:Исфи]]: «занам агар кор кунад, ман шарм медорам». [[first:Фаридун]] пурсид «чаро?», ҷавоб надод",
            ),
            (
                4,
                ["insight"],
                "[[first:Сорбон]] гуфт, хоҳараш [[name:Ситора]] 16 сола, падар мехоҳад ӯро ба шавҳар диҳад. [[first:Сорбон]] зид аст, в принципе тайёр аст бо падар гап занад",
            ),
            (
                6,
                ["referral"],
                "дар бораи [[name:Ситора]] ба {{Комиссия оид ба ҳуқуқи кӯдак}} хабар додам. адреси онҳо [[address:ноҳияи Вахш, деҳаи Мадания, кӯчаи Фирдавсӣ 23]]",
            ),
            (
                8,
                ["follow-up"],
                "[[first:Манучеҳр]] таксӣ меронад, мошинаш [[plate:7733 ТТ 03]], рақамаш [[phone:98 812 34 56]]. [[first:Умедҷонро|Умедҷон]] ҳам вай меорад",
            ),
            (11, [], "ҳамаи бачаҳоро ба ҷашни {{Наврӯз}} даъват карданд, {{Бохтар}}"),
        ],
    ),
    (
        "ru",
        "Кӯлоб",
        ["Даврон Шоев", "Хуршед Раҷабов", "Мирзо Бобоҷонов", "Ғайрат Асоев"],
        [
            (
                0,
                [],
                "{{Кӯлоб}}. 4 бача: [[first:Даврон]], [[first:Хуршед]], [[first:Мирзо]], [[first:Ғайрат]]. машқи {{«Хати гендерӣ»}}",
            ),
            (
                2,
                ["quote"],
                "[[first:Хуршед]]: «модарам ҳамеша мегӯяд, ки мард бояд {{ғайрат}} дошта бошад». пурсидам {{ғайрат}} чист - «занро назорат кардан». ҳмм",
            ),
            (
                4,
                ["insight"],
                "[[first:Ғайрат]] худаш гуфт: «номи ман ҳамин, вале ман зӯрӣ намехоҳам». молодец",
            ),
            (
                5,
                ["resistance"],
                "[[first:Мирзоро|Мирзо]] падараш [[name:Бобоҷонов Шариф]], [[quasi:раиси маҳаллаи Ғалаба]], фиристодааст ки назорат кунад. ҳама тарсиданд гап зананд",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Даврон]] мехоҳад волонтёр шавад. таваллуд [[birthdate:3 январи 2006]], тел [[phone:+992-90-555-71-18]], инстаграм [[handle:@davron_kulob]]",
            ),
            (11, [], "дафъаи оянда ду гурӯҳ якҷоя ҷамъ мешаванд"),
        ],
    ),
    # ---- Facilitator B (Дилшод Йўлдошев, mahalla youth worker in Samarkand/Bukhara): Uzbek Latin with oʻ gʻ
    # and ' for the glottal stop, lower case when in a hurry, one session in Cyrillic Uzbek from a borrowed phone,
    # suffixes -ning/-ga/-ni/-dan glued to names, "aka/opa", +998 phones, ru workshop
    (
        "ru",
        "Samarqand",
        ["Baxtiyor Rahimov", "Umid Karimov", "Jasur Toʻxtayev", "Sardor Nazarov", "Otabek Yusupov"],
        [
            (
                0,
                [],
                "{{Samarqand}}, mahalla guzaridagi xona. 5 yigit: [[first:Baxtiyor]], [[first:Umid]], [[first:Jasur]], [[first:Sardor]], [[first:Otabek]]. mavzu: «haqiqiy erkak kim?»",
            ),
            (
                2,
                ["quote"],
                "[[first:Jasur]]: «xotin kishi erini gapirmasdan tinglashi kerak». [[first:Sardorning|Sardor]] javobi: «onam gapirsa, otam tinglaydi-ku»",
            ),
            (
                3,
                ["insight"],
                "[[first:Umidning|Umid]] gapi yaxshi boʻldi: «{{umid}} qilamanki singlim oʻqishni tugatadi». singlisi [[name:Madina]] 10-sinfda",
            ),
            (5, ["resistance"], "[[first:Otabek]] butun vaqt jim. oxirida «bu {{Yevropa}} gaplari» dedi"),
            (
                7,
                ["follow-up"],
                "[[first:Baxtiyorga|Baxtiyor]] qayta qoʻngʻiroq qilish kerak, tel: [[phone:+998 90 217 44 63]]. u [[quasi:Siyob bozori kirishida qovun sotadigan bola]], kunduzi topish qiyin",
            ),
            (
                11,
                [],
                "{{Alisher Navoiy}} gʻazalini oʻqidik, yoqdi. keyingi safar {{Registon}} yonida uchrashamiz",
            ),
        ],
    ),
    (
        "ru",
        "Buxoro",
        ["Farhod Ismoilov", "Zafar Hamroyev", "Shahzod Qodirov", "Doniyor Ahmedov"],
        [
            (
                0,
                [],
                "{{Buxoro}}, yoshlar markazi. [[first:Farhod]], [[first:Zafar]], [[first:Shahzod]], [[first:Doniyor]]. 4 kishi, sovuq edi",
            ),
            (
                2,
                ["quote"],
                "[[first:Zafardan|Zafar]] soʻradim, «erkak hech qachon yigʻlamaydi» dedi. [[first:Farhod]]: «{{Farhod va Shirin}}da {{Farhod}} yigʻlagan-ku». kulishdi",
            ),
            (
                4,
                ["insight"],
                "[[first:Shahzod]] aytdi: otasi [[name:Qodirov Ulugʻbek]] {{Rossiya}}da, onasi [[name:Nodira opa|Nodira]] uyda yolgʻiz. «men uyning erkagiman» - 15 yoshda",
            ),
            (6, ["resistance"], "[[first:Doniyor]] telefon bilan o'tirdi. ikki marta ogohlantirdim"),
            (
                8,
                ["follow-up"],
                "[[first:Shahzodning|Shahzod]] onasi bilan gaplashish: [[phone:91-445-28-17]], manzil [[address:Buxoro sh., Gʻijduvon koʻchasi 34-uy]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Zafar]] keyin aytdi, amakisi [[name:Hamroyev Botir]] xotinini uradi. {{1146}} raqamini berdim",
            ),
            (11, [], "{{zafar}} - gʻalaba degani, dedik, gʻalaba zoʻravonliksiz ham boʻladi. yaxshi tugadi"),
        ],
    ),
    (
        "ru",
        "Самарқанд",
        ["Жасурбек Холиқов", "Ислом Тошпўлатов", "Азамат Раҳимов", "Бехзод Усмонов", "Анвар Сафаров"],
        [
            (
                0,
                [],
                "{{Самарқанд}}, коллеж. бошқа телефондан ёзяпман, кирилл. 5 йигит келди. [[first:Жасурбекни|Жасурбек]] ҳамма «[[nick:Жаско]]» дейди",
            ),
            (
                2,
                ["quote"],
                "[[nick:Жаско]]: «қиз бола кечқурун кўчада юрмаслиги керак, уят». [[first:Исломнинг|Ислом]] жавоби: «опам ҳамшира, кечаси ишлайди, уятми?»",
            ),
            (
                4,
                ["insight"],
                "[[first:Бехзод]] айтди: отаси [[name:Усмонов Ҳамид]] вафот этган, онаси [[name:Дилноза]] такси ҳайдайди. «онам ҳам она, ҳам ота» деди",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Анвар]] 18 ёшга тўлди, туғилган куни [[birthdate:12 май 2008 йил]], паспорти [[passport:AD 3318825]], ЖШШИР [[iin:51205083410027]] - гувоҳнома учун",
            ),
            (
                8,
                ["referral"],
                "[[first:Азаматни|Азамат]] ишга {{Қозоғистон}}га олиб кетишмоқчи, ҳужжатлари йўқ. {{Миграция агентлиги}} манзилини бердим",
            ),
            (11, [], "кейинги сафар {{Регистон}} олдида, шанба"),
        ],
    ),
    (
        "ru",
        "Gʻijduvon",
        ["Nurbek Oʻrinov", "Lochinbek Saidov", "Ravshan Hakimov", "Ilhom Jumayev", "Umidjon Tursunov"],
        [
            (
                0,
                [],
                "maktab zali, 5 kishi, hammasi roʻyxatdagidek. [[first:lochinbekni|lochinbek]] hamma [[nick:lochin]] deydi",
            ),
            (
                2,
                ["quote"],
                "[[first:ravshan]]: «mening otam onamni bir marta ham urmagan, lekin baqiradi, bu normalmi?»",
            ),
            (
                3,
                ["insight"],
                "[[first:ilhomning|ilhom]] fikri: pul topadigan odam uyda boshliq. [[nick:lochin]] qarshi chiqdi, «onam ham pul topadi» dedi",
            ),
            (
                7,
                ["follow-up"],
                "[[first:umidjonga|umidjon]] ish kerak, {{rossiya}}ga ketmoqchi. tel [[phone:998 93 114 26 05]], telegram [[handle:@umidjon_gij]]",
            ),
            (
                9,
                ["referral"],
                "[[first:nurbek]] aytdi, qoʻshnisi [[name:Sarvinoz]] 17 yoshda, turmushga berishyapti. manzil [[address:Gʻijduvon t., Mustaqillik koʻchasi 15-uy]]. {{1146}} ga va mahalla inspektoriga xabar berish kerak",
            ),
            (11, [], "{{Oila kodeksi}}da nikoh yoshi 18 ekanini koʻrsatdim, bilmagan ekanlar"),
        ],
    ),
    (
        "ru",
        "Urgut",
        ["Sherzod Abdullayev", "Mirjalol Qosimov", "Javohir Ergashev", "Akmal Normurodov"],
        [
            (
                0,
                [],
                "{{Urgut}}, choyxona orqasidagi xona. [[first:Sherzod]], [[first:Mirjalol]], [[first:Javohir]], [[first:Akmal]]. [[first:Mirjalolni|Mirjalol]] «[[nick:Mirjik]]» deyishadi",
            ),
            (
                2,
                ["quote"],
                "[[nick:Mirjik]]: «qizlarni instagramda kuzatish - bu gʻamxoʻrlik». nazorat haqida uzoq gaplashdik",
            ),
            (
                4,
                ["insight"],
                "[[first:Javohir]] singlisining telefonini tekshirar ekan, endi toʻxtatishini aytdi. katta gap",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Sherzodning|Sherzod]] akasi [[name:Abdullayev Dilmurod]] Damas haydaydi, [[plate:30 A 245 BC]], bolalarni olib keladi. raqami [[phone:+998(97)331-08-62]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Akmalning|Akmal]] onasi [[name:Gulchehra Normurodova]] qarz uchun karta raqamini yubordi [[card:8600 3104 5521 7780]] - pul yigʻish bizning ishimiz emas, ijtimoiy xodimga yoʻnaltirdim",
            ),
            (11, [], "{{Yoshlar ishlari agentligi}}dan sertifikat keladi, {{Samarqand}} bo'yicha"),
        ],
    ),
    (
        "ru",
        "Buxoro",
        [
            "Behruz Rashidov",
            "Islombek Yoʻldoshev",
            "Firdavs Aminov",
            "Asliddin Sobirov",
            "Muhammadali Toshev",
        ],
        [
            (
                0,
                [],
                "{{Buxoro}}, {{Labi Hovuz}} yonidagi kafe, ikkinchi qavat. [[first:Behruz]], [[first:Islombek]], [[first:Firdavs]], [[first:Asliddin]], [[first:Muhammadali]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Asliddin]]: «men xotinimga telefonini bermayman, bu mening haqqim». 20 yoshda, uylangan",
            ),
            (
                3,
                ["insight"],
                "[[first:Firdavsga|Firdavs]] rol oʻyinida ayol roli tushdi, keyin «juda qiyin ekan» dedi",
            ),
            (
                5,
                ["resistance"],
                "[[first:Muhammadalini|Muhammadali]] otasi [[name:Toshev Akbar domla|Toshev Akbar]], [[quasi:mahalla masjidining imomi]], bu mashgʻulotga qarshi, oʻgʻlini olib ketdi",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Behruz]] email: [[email:behruz.rashidov07@gmail.com]], tugʻilgan sanasi [[birthdate:07.11.2007]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Asliddinning|Asliddin]] xotini [[name:Shahnoza]] bilan birga psixologga yozildik, viloyat markazida",
            ),
            (11, [], "yaxshi guruh. {{Navroʻz}}dan keyin davom etamiz"),
        ],
    ),
    (
        "ru",
        "Samarqand",
        ["Dilshod Murodov", "Bobur Hasanov", "Ulugʻbek Rahmatov", "Zafarjon Ismatov"],
        [
            (
                0,
                [],
                "{{Samarqand}}, {{Ulugʻbek rasadxonasi}} yaqinidagi maktab. [[first:Dilshod]], [[first:Bobur]], [[first:Ulugʻbek]], [[first:Zafarjon]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Boburning|Bobur]] gapi: «{{Bobur}} podsho boʻlgan, erkak shunaqa boʻlishi kerak». tarix haqida bahs boʻldi",
            ),
            (
                4,
                ["insight"],
                "[[first:Ulugʻbekning|Ulugʻbek]] onasi [[name:Zulfiya]] tikuvchi, uyni u boqadi. «onam bizning boshliq» dedi, kulmasdan",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Zafarjon]] ertaga {{Toshkent}}ga ketadi, yangi raqam: [[phone:+998 33 902 17 45]]. manzili [[address:Samarqand, Spitamen shoh koʻchasi 58, 12-xonadon]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Dilshod]] - [[quasi:Siyob bozoridagi kar-soqov sotuvchining oʻgʻli]], otasini masxara qilishadi. maktab psixologiga yoʻnaltirdim",
            ),
            (11, [], "Кейинги сафар {{Регистон}}да, шанба. раҳмат ҳаммага"),
        ],
    ),
    # ---- Facilitator C (Ерболат Сәрсенбаев, sports-school coach in Shymkent/Turkistan region): Kazakh dictated
    # into a phone: no capitals, dictated punctuation words ("нүкте", "үтір") left in, names split by the
    # recogniser ("ер асыл", "жан дос"), sometimes Kazakh letters dropped (ә->а, қ->к), 8 7xx phones, kk workshop
    (
        "kk",
        "Шымкент",
        ["Ержан Төлеуов", "Нұрсұлтан Әбдіқадыров", "Бақыт Жолдасов", "Әлихан Сейітов", "Дәурен Қасымов"],
        [
            (
                0,
                [],
                "{{шымкент}} жастар орталығы бүгін бес бала келді нүкте [[first:ержан]] [[first:нұрсұлтан]] [[first:бақыт]] [[first:әлихан]] [[first:дәурен]]",
            ),
            (2, ["quote"], "[[first:бақыт]] айтты ер адам жыламайды деп үтір әкем солай үйреткен деді"),
            (
                3,
                ["insight"],
                "[[first:ержанның|ержан]] әкесі {{ресейде}} үш жыл анасы жалғыз үйде мен үйдің еркегімін дейді он алты жаста",
            ),
            (
                4,
                [],
                "{{бақыт}} деген не деп сұрадым [[first:бақыт]] өзі күлді менің атым ғой деді сосын {{бақыт}} ол отбасында тыныштық деді",
            ),
            (
                6,
                ["follow-up"],
                "[[first:дәуреннің|дәурен]] телефоны [[phone:87014451290]] анасы [[name:гүлмира]] апай хабарласуды сұрады",
            ),
            (
                8,
                ["referral"],
                "[[first:әлихан]] сабақтан кейін айтты ағасы [[name:серік сейітов]] әйелін ұрады екен {{150}} нөмірін бердім",
            ),
            (11, [], "келесі жолы {{тәуке хан}} даңғылындағы спорт залда жиналамыз"),
        ],
    ),
    (
        "kk",
        "Түркістан",
        ["Мақсат Оразбаев", "Нұрлан Исаев", "Ерасыл Бекжанов", "Айбол Сұлтанов"],
        [
            (
                0,
                [],
                "{{түркістан}} {{қожа ахмет ясауи}} университетінің жатақханасы төрт жігіт [[first:мақсат]] [[first:нұрлан]] [[first:ер асыл|Ерасыл]] [[first:айбол]]",
            ),
            (2, ["quote"], "[[first:нұрлан]] қыз алып қашу бұл салт деді әкем де шешемді солай алған нүкте"),
            (4, ["insight"], "[[first:айболға|айбол]] сұрақ қойдым ол қыз келіспесе бұл ұрлық деді жарайсың"),
            (5, ["resistance"], "[[first:мақсаттан|мақсат]] бәрібір деген сөзден басқа ештеңе шықпады"),
            (
                7,
                ["follow-up"],
                "[[first:ерасылға|ерасыл]] анықтама керек ЖСН [[iin:060415500218]] туған күні [[birthdate:15 сәуір 2006]]",
            ),
            (
                9,
                ["referral"],
                "[[first:нұрланның|нұрлан]] апасы [[name:динара исаева]] он жеті жаста күйеуге бергелі жатыр мекенжайы [[address:түркістан қаласы есім хан көшесі 12 үй]] {{111}} ге хабарластым",
            ),
            (11, [], "{{ясауи}} кесенесіне бірге барамыз деп келістік"),
        ],
    ),
    (
        "kk",
        "Сайрам",
        ["Бекзат Құлмаханов", "Асылбек Тұрсынов", "Нұрбол Әлиев", "Жандос Мұратов", "Ақжол Сапаров"],
        [
            (
                0,
                [],
                "{{сайрам}} ауданы мектеп залы бес бала [[first:бекзат]] [[first:асылбек]] [[first:нұрбол]] [[first:жан дос|Жандос]] [[first:ақжол]] үтір [[first:асылбекті|асылбек]] бәрі [[nick:асик]] дейді",
            ),
            (2, ["quote"], "[[nick:асик]] әйел ақша тапса еркекті сыйламайды деді жігіттер күлді"),
            (
                3,
                ["insight"],
                "[[first:нұрбол]] анасы базарда сауда жасайды әкесі жоқ анам әрі әке әрі шеше деді",
            ),
            (
                6,
                ["follow-up"],
                "[[first:ақжолдың|ақжол]] ағасы такси жүргізеді машинасы [[plate:482 BKA 17]] телефоны [[phone:+7 775 318 40 26]] балаларды сол әкеледі",
            ),
            (
                8,
                ["referral"],
                "[[first:бекзат]] [[quasi:ақсу ауылындағы арбадағы жалғыз бала]] мектепте мазақтайды екен психологқа жібердім",
            ),
            (
                11,
                [],
                "[[first:жандостың|жандос]] анасы бізге алғыс айтты {{нұр жаусын}} деді {{шымкент}} ке барғанда тағы кездесеміз",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Айдос Бейсенов", "Темірлан Жұмабеков", "Әділет Серікбаев", "Мадияр Нұрланов"],
        [
            (
                0,
                [],
                "бугин {{шымкент}} колледжинде торт бала [[first:айдос]] [[first:темирлан]] [[first:адилет]] [[first:мадияр]] телефоннан жазып отырмын казакша арип жок",
            ),
            (2, ["quote"], "[[first:темирлан]] айтты кызды кызганбаса суймейди деген соз бар"),
            (
                4,
                ["insight"],
                "[[first:адилеттин|адилет]] акеси [[name:серикбаев бауыржан]] ауырып жатыр [[first:адилет]] 17 жасында базарда жук тасиды",
            ),
            (5, [], "[[first:мадиярды|мадияр]] достары [[nick:мадик]] дейди ол жаксы ойнады роль"),
            (
                7,
                ["follow-up"],
                "[[first:айдостын|айдос]] инстасы [[handle:@aidos_shym_17]] тел [[phone:8 747 902 11 35]]",
            ),
            (
                9,
                ["referral"],
                "[[first:мадияр]] айтты шешеси [[name:айгул]] апайды акеси урады {{150}} номирин бердим",
            ),
            (11, [], "келеси жолы {{абай}} олендерин окимыз {{кара создер}}"),
        ],
    ),
    (
        "kk",
        "Сарыағаш",
        ["Ерлан Ахметов", "Бауыржан Оспанов", "Нұрдәулет Қайратов", "Самат Есенов", "Ілияс Жақыпов"],
        [
            (
                0,
                [],
                "{{сарыағаш}} аудандық жастар ресурстық орталығы бес жігіт [[first:ерлан]] [[first:бауыржан]] [[first:нұрдәулет]] [[first:самат]] [[first:ілияс]]",
            ),
            (2, ["quote"], "[[first:самат]] әйелдің орны үйде деді бірақ өз анасы мұғалім деп қосты"),
            (
                3,
                ["insight"],
                "[[first:нұрдәулеттің|нұрдәулет]] ойы ер адам дегеніміз жауапкершілік күшпен емес деді",
            ),
            (
                5,
                ["resistance"],
                "[[first:бауыржан]] атымды {{бауыржан момышұлы}} құрметіне қойған ер адам соғысу керек деді басқасын тыңдамады",
            ),
            (
                7,
                ["follow-up"],
                "[[first:ілиястың|ілияс]] әкесі [[name:жақыпов нұрлан]] хабарласты тел [[phone:+7-701-225-67-14]] үйі [[address:сарыағаш қаласы жібек жолы көшесі 41]]",
            ),
            (
                9,
                ["referral"],
                "[[first:ерлан]] туған күні [[birthdate:2007 жылғы 2 ақпан]] оқудан шығып қалған жастар орталығына жібердім",
            ),
            (
                11,
                [],
                "{{өзбекстан}} шекарасына жақын болғандықтан өзбекше сөйлейтін балалар да бар аралас тілде өтті",
            ),
        ],
    ),
    (
        "kk",
        "Шымкент",
        ["Дамир Әбенов", "Ерназар Тоқтаров", "Арман Бекмұратов", "Нұржан Сапарбаев"],
        [
            (
                0,
                [],
                "бүгін төрт бала үтір [[first:дамир]] [[first:ерназар]] [[first:арман]] [[first:нұржан]] нүкте {{шымкент}} {{самал}} шағынауданы клуб",
            ),
            (2, ["quote"], "[[first:арман]] менің {{арманым}} полицей болу деді әйелдерді қорғау үшін"),
            (
                4,
                ["insight"],
                "[[first:нұржанның|нұржан]] айтуынша әкесі [[name:сапарбаев ғалым]] [[quasi:самалдағы жалғыз шиномонтаждың иесі]] үйде бәрін өзі шешеді шешесі үндемейді",
            ),
            (
                6,
                ["follow-up"],
                "[[first:дамир]] жұмыс сұрады каспи картасын жазып берді [[card:4400 4302 7781 0394]] ақша жіберіңізші деді мен бермедім түсіндірдім",
            ),
            (
                8,
                ["referral"],
                "[[first:ерназардың|ерназар]] сіңілісі [[name:аружан]] он алты жаста үйлендіргісі келеді {{111}} ге хабарластым",
            ),
            (10, [], "[[first:ерназардың|ерназар]] телефоны [[phone:8 (702) 611 48 09]]"),
            (11, [], "{{отбасы кодексі}} бойынша неке жасы он сегіз деп түсіндірдім"),
        ],
    ),
    (
        "kk",
        "Түркістан",
        [
            "Мейіржан Құдайбергенов",
            "Абылай Тасқынов",
            "Нұрсерік Әбдіраманов",
            "Алмас Шәріпов",
            "Бекарыс Жүнісов",
        ],
        [
            (0, [], "{{түркістан}} қаласы кітапхана бес бала келді бәрі тізім бойынша"),
            (2, ["quote"], "[[first:абылай]] айтты мен {{абылай хан}} сияқты болам ер адам басқаруы керек"),
            (3, ["insight"], "[[first:алмастың|алмас]] ойы жақсы әйелім жұмыс істесе мақтанамын деді"),
            (
                5,
                ["resistance"],
                "[[first:мейіржанды|мейіржан]] әкесі [[name:құдайбергенов ержан]] келіп алып кетті бұл сабаққа қарсы екен",
            ),
            (
                7,
                ["follow-up"],
                "[[first:нұрсеріктің|нұрсерік]] ЖСН [[iin:080923500714]] туған күні [[birthdate:23.09.2008]] сертификат үшін",
            ),
            (
                9,
                ["referral"],
                "[[first:бекарыс]] [[quasi:кесене алдында сурет сатып тұратын ақсақ бала]] анасы [[name:жүнісова мәдина]] нөмірі [[phone:+77089124573]] әлеуметтік қызметкерге бердім",
            ),
            (11, [], "келесі кездесу {{наурыз}} мейрамынан кейін"),
        ],
    ),
    # ---- Facilitator D (Emma Whitfield, British volunteer in Almaty): tidy English, British spelling, "lads",
    # notes the spelling variants of names (Zhanibek/Janibek/Dzhanibek, Qanat, Sanjar/Sanzhar, Rustem/Rustam),
    # possessive 's on names, Kaspi and +7 (7xx) phones, en workshop
    (
        "en",
        "Almaty",
        ["Zhanibek Akhmetov", "Daniyar Seitkali", "Timur Ivanov", "Yerlan Abenov", "Arman Kassymov"],
        [
            (
                0,
                [],
                "{{Almaty}}, youth centre. Five lads: [[first:Zhanibek]], [[first:Daniyar]], [[first:Timur]], [[first:Yerlan]], [[first:Arman]]. Did the {{Man Box}} exercise.",
            ),
            (
                2,
                ["quote"],
                '[[first:Janibek]] (that\'s how he spelled it on the sign-in sheet): "a real man never asks his wife for permission."',
            ),
            (
                3,
                ["insight"],
                '[[first:Timur\'s|Timur]] dad left when he was five; he said his mum [[name:Svetlana Ivanova]] "is the man in our house". Lovely moment, others nodded.',
            ),
            (5, ["resistance"], "[[first:Yerlan]] kept joking in Kazakh, the others translated reluctantly."),
            (
                7,
                ["follow-up"],
                "[[first:Daniyar]] wants to volunteer. WhatsApp [[phone:+7 (701) 555-23-41]], email [[email:daniyar.s.2005@inbox.kz]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Arman]] told me afterwards that his cousin [[name:Aizhan]] is being pressured to marry at 17. She lives at [[address:mkr Aksai-4, bldg 12, apt 48]]. Gave him {{150}} and the {{UN Women}} leaflet.",
            ),
            (11, [], "Good energy. Maybe a walk up {{Kok-Tobe}} next time."),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Dzhanibek Nurlanov", "Sultan Omarov", "Alikhan Beisembayev", "Ruslan Kim", "Nurzhan Tulegenov"],
        [
            (0, [], "Five today, full roster. Note: [[first:Dzhanibek]] goes by [[first:Zhanibek]]."),
            (
                2,
                ["quote"],
                '[[first:Sultan]]: "if my sister gets a boyfriend I\'ll break his legs". Everyone laughed, but he meant it.',
            ),
            (
                4,
                ["insight"],
                "[[first:Ruslan]] said he's [[quasi:the only Korean boy in his year at the Kalkaman school]] and gets called names, so he knows what it's like to be \"not a proper man\".",
            ),
            (
                5,
                [],
                '[[first:Alikhan\'s|Alikhan]] nickname is "[[nick:Ali-G]]", he insisted I write it down, ha.',
            ),
            (
                7,
                ["follow-up"],
                "Follow up with [[first:Nurzhan]]: his older brother [[name:Bauyrzhan]] drives him, car [[plate:777 KZA 02]]. Brother's number [[phone:8 777 402 18 66]].",
            ),
            (
                9,
                ["referral"],
                '[[nick:Ali-G]] asked quietly about the {{111}} line "for a friend". Gave him the {{Podrugi}} crisis centre card too.',
            ),
            (
                11,
                [],
                "Note to self: [[first:Zhanibek]]/[[first:Dzhanibek]] - use the passport spelling on the certificate, as {{Astana}} wants it for the {{Ministry of Education}} database.",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Yerasyl Mukanov", "Bakhytzhan Serikov", "Azamat Zhumabayev", "Olzhas Temirov"],
        [
            (0, [], "Small group of four at the library on {{Abylai Khan Avenue}}."),
            (
                2,
                ["quote"],
                '[[nick:Bakha]] (everyone calls [[first:Bakhytzhan]] that): "women are emotional, men think".',
            ),
            (
                3,
                ["insight"],
                "[[first:Olzhas]] is named after {{Olzhas Suleimenov}}, read a poem out and said poets cry and that's fine. Turned the room.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Azamat]] left halfway, said his uncle [[name:Murat]] needed him at [[quasi:his uncle's car wash on Raiymbek]].",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Yerasyl's|Yerasyl]] IIN for the certificate: [[iin:041128500937]], DOB [[birthdate:28 November 2004]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Yerasyl]] disclosed that his father hits his mother. He gave me mum's number, [[name:Gulnara Mukanova]], [[phone:+7 705 812 33 90]]. Referred to {{150}}.",
            ),
            (
                11,
                [],
                "Learnt today that {{bakyt}} means happiness - [[nick:Bakha]] explained, very proud of it.",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Medet Sarsenov", "Kanat Ospanov", "Ilyas Dzhaksybekov", "Maksat Ermekov", "Vladislav Petrenko"],
        [
            (
                0,
                [],
                "{{Shanyrak}} community hall. [[first:Medet]], [[first:Kanat]], [[first:Ilyas]], [[first:Maksat]], [[first:Vladislav]] ([[nick:Vlad]]).",
            ),
            (
                2,
                ["quote"],
                '[[nick:Vlad]]: "my dad says feminism destroyed {{Europe}}". [[first:Medet]] disagreed loudly.',
            ),
            (
                4,
                ["insight"],
                "[[first:Qanat]] - he writes it with a Q - said his mum [[name:Roza]] is a bus driver and he's proud of her. Nice change from last week.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Ilyas]] lives at [[address:Shanyrak-2, Zhankozha Batyr St 47]], no phone, reach him via his sister [[name:Dana]] on [[phone:87019928341]].",
            ),
            (
                8,
                ["referral"],
                "[[first:Maksat]] (19) asked about legal help, his boss at the market keeps his passport ([[passport:N12345678]], he showed me a photo). Put him in touch with {{IOM}}.",
            ),
            (
                11,
                [],
                "Talked through the 2024 {{Law on Domestic Violence}} amendments. None of them had heard of them.",
            ),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Alibek Zhaksylykov", "Sanzhar Myrzakhmetov", "Ernur Baimukhanov", "Dias Kuanyshev"],
        [
            (
                0,
                [],
                "{{KazNU}} dorm common room. [[first:Alibek]], [[first:Sanjar]] (roster says [[first:Sanzhar]]), [[first:Yernur]], [[first:Dias]].",
            ),
            (2, ["quote"], '[[first:Yernur]]: "a girl who smokes isn\'t marriage material".'),
            (
                3,
                ["insight"],
                "[[first:Dias]] talked about his girlfriend [[name:Aruzhan]] checking HIS phone and how that felt. Good way into the {{Power and Control Wheel}}.",
            ),
            (
                5,
                ["resistance"],
                "[[first:Alibek]] said it's all Western propaganda, quoted some {{Telegram}} channel at me.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Sanzhar's|Sanzhar]] Insta is [[handle:@sanjar.myrza]], he wants to post about the workshop. Asked him not to tag the others.",
            ),
            (
                9,
                ["referral"],
                "[[first:Dias]] mentioned a friend, [[name:Temirlan]] [[quasi:from room 314 in the same dorm]], who's getting threats from his ex. Gave {{150}}.",
            ),
            (11, [], "Bring the {{UNFPA}} posters next time."),
        ],
    ),
    (
        "en",
        "Talgar",
        [
            "Nursultan Abdrakhmanov",
            "Bekzhan Tursunbayev",
            "Aidar Kenzhebekov",
            "Zhandos Amirov",
            "Yerbol Kaliyev",
        ],
        [
            (
                0,
                [],
                "{{Talgar}}, school gym. [[first:Nursultan]], [[first:Bekzhan]], [[first:Aidar]], [[first:Zhandos]], [[first:Yerbol]]. Cold, heating off.",
            ),
            (
                2,
                ["quote"],
                '[[first:Aidar]] quoting his grandad: "a wife is like a horse, you have to tame her". Spent a while on that one.',
            ),
            (
                4,
                ["insight"],
                "[[first:Nursultan]] said he hates his name because kids joke about {{Nazarbayev}}, calls himself [[nick:Nurik]].",
            ),
            (
                5,
                [],
                "[[nick:Nurik]] and [[first:Zhandos]] did the role-play really well, swapped roles without being asked.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Bekzhan's|Bekzhan]] dad [[name:Tursunbayev Serik]] wants to talk, [[phone:+7 701 330 56 12]]. Their house: [[address:Talgar, ul. Lenina 88]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Yerbol]] (DOB [[birthdate:12/05/2009]], so 17) told me his stepfather beats him. Called {{111}} together from the office.",
            ),
            (11, [], "Idea: next session outdoors at {{Medeu}}."),
        ],
    ),
    (
        "en",
        "Almaty",
        ["Askar Nurmagambetov", "Dauren Ismailov", "Ayan Bekov", "Rustem Sultanbekov", "Miras Zhunusov"],
        [
            (
                0,
                [],
                "Back at the centre, all five came. [[first:Rustem]] (or [[first:Rustam]], he uses both) was late again.",
            ),
            (
                2,
                ["quote"],
                '[[first:Miras]]: "my mum earns more than my dad and nobody at home talks about it".',
            ),
            (
                3,
                ["insight"],
                "[[first:Ayan's|Ayan]] older brother [[name:Nurbol]] went to {{Russia}} for work and sends money; [[first:Ayan]] says he's \"the man now\" at 16.",
            ),
            (
                5,
                ["resistance"],
                '[[first:Dauren]] refused the {{Gender Box}} exercise, called it "gay stuff". Talked after, calmer.',
            ),
            (
                7,
                ["follow-up"],
                "Transport refund: [[first:Askar]] gave his Kaspi card [[card:4400 4302 1187 5526]], phone [[phone:+7 707 118 75 52]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Rustem]] lives with his grandma at [[address:Zhetysu-2, 45-18]], grandma [[name:Bibigul apa|Bibigul]] very ill, no one else at home. Social worker referral.",
            ),
            (11, [], "Watched a short clip of {{Dimash}} talking about his dad. They liked it."),
        ],
    ),
    # ---- Facilitator E (Нурлан Абдыкалыков, college lecturer in Jalal-Abad oblast): Kyrgyz with Russian slang
    # ("кароч", "чё", "ваще", "типа", "бро") and ")))" smileys, Uzbek quotes from mixed villages, Kyrgyz case
    # endings on names (-дын/-нын/-га/-ка/-ды/-ны), 0772/0555/+996 (550) and (3722) landline phones, ru workshop
    (
        "ru",
        "Жалал-Абад",
        ["Бакыт Абдыраимов", "Үмүт Сатаров", "Бекзат Турдубаев", "Эламан Токтогулов", "Исламбек Мамасадыков"],
        [
            (
                0,
                [],
                "{{Жалал-Абад}}, жаштар борбору. кароч 5 бала: [[first:Бакыт]], [[first:Үмүт]], [[first:Бекзат]], [[first:Эламан]], [[first:Исламбек]] )))",
            ),
            (2, ["quote"], "[[first:Үмүттүн|Үмүт]] сөзү: «эркек ыйлабайт бро, ыйласа - слабак». ваще"),
            (
                3,
                ["insight"],
                "{{үмүт}} деген эмне деп сурадым, [[first:Үмүт]] өзү айтты: «бул менин атым жана апамдын тилеги». пацандар унчукпай калышты",
            ),
            (
                5,
                ["resistance"],
                "[[first:Эламан]] чё то телефондо отурду, [[first:Эламанга|Эламан]] эки жолу айттым",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Бекзаттын|Бекзат]] агасы [[name:Турдубаев Азамат]] {{Москвада}}, [[first:Бекзат]] апасы менен жалгыз. апасынын тел [[phone:0772 41 86 20]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Исламбек]] айтты, карындашы [[name:Асель]] 16да, уурдап кетебиз деп коркутушат. адрес [[address:Жалал-Абад ш., Ленин көч. 45, 17-кв]]. {{111}}ге чогуу чалдык",
            ),
            (11, [], "келерки жума {{Арстанбапка}} барабыз балким, [[first:Бакыт]] автобус таап берет деди"),
        ],
    ),
    (
        "ru",
        "Базар-Коргон",
        ["Азизбек Юсупов", "Шерзод Мамажанов", "Нурсултан Абдиев", "Жылдызбек Кадыров", "Мирлан Абдыкадыров"],
        [
            (0, [], "{{Базар-Коргон}}, мектеп. 5 бала. [[first:Шерзод]] өзбекче сүйлөдү, мен которуп турдум"),
            (
                2,
                ["quote"],
                "[[first:Шерзод]]: «хотин киши эркакни гапини икки қилмаслиги керак» (өзбекче). пацандар макул болушту, типа нормально",
            ),
            (
                3,
                ["insight"],
                "[[first:Жылдызбекти|Жылдызбек]] баары «[[nick:Жылдыз]]» дешет, кыздын аты деп шылдыңдашат. ал айтты «{{жылдыз}} - бул асмандагы нерсе, кыздыкы эмес». красава",
            ),
            (
                5,
                ["resistance"],
                "[[first:Азизбектин|Азизбек]] атасы [[name:Юсупов Равшан]], [[quasi:базардагы эң чоң курулуш дүкөнүнүн ээси]], келип баласын алып кетти",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Мирлан]] шофёр болгусу келет, права үчүн ПИН [[iin:20308200650128]] жана паспорт [[passport:AN 4418207]] керек деди, справканы мен жазам",
            ),
            (
                9,
                ["referral"],
                "[[first:Нурсултандын|Нурсултан]] апасы [[name:Гүлнара эже|Гүлнара]], тел [[phone:+996 (550) 318-247]], үйдө зомбулук бар. {{Акыйкатчы}} кеңсесине жана {{111}}ге кайрылууну айттым",
            ),
            (11, [], "{{Нооруз}}га чейин дагы 2 сабак калды"),
        ],
    ),
    (
        "ru",
        "Сузак",
        ["Руслан Эргешов", "Адилет Токторов", "Тилек Султанов", "Нуржигит Арзыбаев"],
        [
            (
                0,
                [],
                "{{Сузак}}, айыл өкмөтүнүн залы. 4 эле келди: [[first:Руслан]], [[first:Адилет]], [[first:Тилек]], [[first:Нуржигит]]. калганы пахтада",
            ),
            (
                2,
                ["quote"],
                "[[first:Адилет]]: «аял жумуш кылса, үй бузулат». [[first:Тилектин|Тилек]] жообу: «менин апам мугалим, үй бузулган жок чё»",
            ),
            (
                4,
                ["insight"],
                "менин {{тилегим}} - ар бир бала апасын сыйласын деп айттым, [[first:Руслан]] «ок, байке» деди)))",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нуржигит]] 19да такси айдайт, машина [[plate:04 KG 512 ABT]], тел [[phone:0 (550) 77-12-09]]",
            ),
            (
                8,
                ["referral"],
                "[[first:Адилеттин|Адилет]] туулган күнү [[birthdate:2009-жылдын 11-июну]], 17де, бирок үйлөнөм дейт, кыз [[name:Айпери]] 16да. соцпедагогго айттым",
            ),
            (11, [], "жакшы өттү. {{Жалал-Абадга}} кайтып баратам, жол жаман"),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        ["Азамат Жумабаев", "Кубанычбек Осмонов", "Эрлан Мырзаев", "Талант Бекболотов", "Мээрбек Ташкулов"],
        [
            (
                0,
                [],
                "бүгүн паркта отурдук, {{Жалал-Абад}} курортунун жанында, бешөө тең келди. [[first:Кубанычбекти|Кубанычбек]] баары [[nick:Кубаныч]] дейт",
            ),
            (
                2,
                ["quote"],
                "[[nick:Кубаныч]]: «кызды кызганбасаң сүйбөйсүң». кароч контроль жөнүндө сүйлөштүк",
            ),
            (
                3,
                ["insight"],
                "[[first:Таланттын|Талант]] чын эле {{таланты}} бар, сүрөт тартат, атасы «бул эркектин иши эмес» дейт",
            ),
            (
                5,
                ["resistance"],
                "[[first:Эрлан]] менен [[first:Мээрбек]] эки саат бою тамаша кылышты, типа баары бир",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Азаматтын|Азамат]] инстасы [[handle:@azamat_jlbd]], [[first:Кубанычбекке|Кубанычбек]] телеграмдан жазам: [[phone:+996772904518]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Мээрбектин|Мээрбек]] эжеси [[name:Жылдыз Ташкулова]] күйөөсүнөн качып чыккан, азыр [[address:Жалал-Абад, Токтогул көчөсү 112]] турат. кризис борборунун номерин бердим",
            ),
            (11, [], "{{Токтогулдун}} ырын угуп бүттүк, {{Айтматов}} жөнүндө кийин"),
        ],
    ),
    (
        "ru",
        "Кочкор-Ата",
        ["Айбек Садыков", "Болотбек Маматов", "Жаныбек Кадыров", "Нурбек Абдрахманов"],
        [
            (
                0,
                [],
                "{{Кочкор-Ата}}, клубда, 4 бала. [[first:Болотбекти|Болотбек]] баары [[nick:Болот]] деп чакырат",
            ),
            (2, ["quote"], "[[first:Жаныбек]]: «кыз ала качуу - салт, мен да алып качам». байке, жесть"),
            (
                4,
                ["insight"],
                "[[first:Айбекке|Айбек]] жакшы суроо берди: «эгер карындашымды ала качса, мен эмне кылам?» [[first:Жаныбек]] унчукпай калды",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Нурбектин|Нурбек]] телефону [[phone:0555 62 18 74]], апасы [[name:Роза эже|Роза]] да чалды, чогулушка келгиси келет",
            ),
            (
                8,
                ["referral"],
                "[[first:Жаныбектин|Жаныбек]] байкеси [[name:Кадыров Мирбек]] былтыр чындап эле кыз ала качкан экен, кыздын аты [[name:Назира]], [[quasi:нефтезаводдун күзөтчүсүнүн кызы]]. {{Акыйкатчыга}} кайрылууну сунуштадым",
            ),
            (
                11,
                [],
                "{{Кылмыш-жаза кодекси}} боюнча ала качуу кылмыш экенин көрсөттүм, [[nick:Болот]] сүрөткө тартып алды",
            ),
        ],
    ),
    (
        "ru",
        "Жалал-Абад",
        ["Данияр Эсенов", "Артур Ким", "Элдияр Абдылдаев", "Нурислам Шамшиев", "Бекжан Орозов"],
        [
            (
                0,
                [],
                "{{Жалал-Абад}}, колледж. рус-кыргыз аралаш топ. [[first:Данияр]], [[first:Артур]], [[first:Элдияр]], [[first:Нурислам]], [[first:Бекжан]]",
            ),
            (2, ["quote"], "[[first:Артур]]: «у нас дома мама главная, и чё?» все поржали, но норм"),
            (
                3,
                ["insight"],
                "[[first:Элдиярдын|Элдияр]] атасы [[name:Абдылдаев Нурбек]] майып, [[first:Элдияр]] 15тен бери иштейт",
            ),
            (5, ["resistance"], "[[first:Нурисламды|Нурислам]] агасы жарымынан мечитке алып кетти"),
            (
                7,
                ["follow-up"],
                "[[first:Даниярдын|Данияр]] туулган күнү [[birthdate:30.09.2007]], почтасы [[email:daniyar.esenov@gmail.com]], үй тел [[phone:0 (3722) 5-48-31]]",
            ),
            (
                9,
                ["referral"],
                "[[first:Бекжан]] айтты, [[name:Айзада]] деген кыз менен жүрөт, кыздын агалары коркутушат. {{111}} жана психологду сунуштадым",
            ),
            (11, [], "кийинки жолу {{Оштон}} тренер келет, {{Бишкекке}} семинарга да 2 бала барат"),
        ],
    ),
    # ---- Facilitator F (Ирина Леонидовна Шульц, clinical psychologist in Павлодар/Усть-Каменогорск/Экибастуз/
    # Риддер): careful clinical Russian, participants as initials (Н.В.) or "Фамилия И.", parents with full
    # patronymics, "со слов подростка", "рекомендовано", area-code landlines 8 (7182)/(72336), ru workshop
    (
        "ru",
        "Павлодар",
        ["Денис Ковалёв", "Артём Сидоров", "Алексей Бойко", "Ерлан Жаксылыков", "Максим Шевченко"],
        [
            (
                0,
                [],
                "г. {{Павлодар}}, молодёжный ресурсный центр. Присутствовали: [[name:Ковалёв Д.]], [[name:Сидоров А.]], [[name:Бойко А.]], [[name:Жаксылыков Е.]], [[name:Шевченко М.]]",
            ),
            (
                2,
                ["quote"],
                "[[name:Сидоров А.]]: «Мужчина не должен показывать слабость, иначе его перестанут уважать». Высказывание поддержано большинством группы.",
            ),
            (
                3,
                ["insight"],
                "У [[first:Дениса|Денис]] отмечается выраженная тревожность при обсуждении темы отца. Отец, [[name:Ковалёв Игорь Викторович]], со слов подростка, злоупотребляет алкоголем.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Е.Ж.]] демонстративно отказывался от участия в упражнении {{«Коробка настоящего мужчины»}}, обесценивал ответы других.",
            ),
            (
                7,
                ["follow-up"],
                "Назначена индивидуальная консультация [[name:Максиму Ш.|Максим Ш.]] Мать - [[name:Шевченко Надежда Петровна]], тел. [[phone:8 (7182) 55-31-47]].",
            ),
            (
                9,
                ["referral"],
                "[[name:Бойко А.]] сообщил об эпизодах физического насилия со стороны отчима. Проживает по адресу: [[address:г. Павлодар, ул. Торайгырова, д. 64, кв. 112]]. Рекомендовано обращение по телефону {{111}}.",
            ),
            (11, [], "Итог: у части участников сохраняется {{надежда}} на изменение установок в семье."),
        ],
    ),
    (
        "ru",
        "Усть-Каменогорск",
        ["Никита Воробьёв", "Даниил Гусев", "Руслан Ахметов", "Илья Морозов"],
        [
            (
                0,
                [],
                "г. {{Усть-Каменогорск}}, кабинет психолога колледжа. 4 участника: [[name:Н.В.]], [[name:Д.Г.]], [[name:Р.А.]], [[name:И.М.]]",
            ),
            (
                2,
                ["quote"],
                "[[name:Н.В.]]: «Если девушка ревнует - значит, любит; если парень ревнует - он просто защищает своё». Обсуждали асимметрию.",
            ),
            (
                3,
                ["insight"],
                "[[first:Даниил]] ([[name:Д.Г.]]) впервые сформулировал, что {{любовь}} не предполагает контроля.",
            ),
            (
                5,
                [],
                "Мать [[first:Ильи|Илья]] - [[name:Морозова Любовь Сергеевна]], [[quasi:учитель химии в той же школе № 38]]; подросток опасается, что содержание сессий станет ей известно.",
            ),
            (
                7,
                ["follow-up"],
                "[[name:Воробьёв Н.]], 17 лет, д.р. [[birthdate:14.02.2009]], тел. [[phone:+7 (705) 418-22-90]]. Планирую встречу с отцом.",
            ),
            (
                9,
                ["referral"],
                "[[first:Руслану|Руслан]] рекомендована консультация нарколога. Проживает с бабушкой: [[address:пр. Независимости, 23-45]].",
            ),
            (
                11,
                [],
                "Использовали материалы {{ЮНФПА}} и текст {{Закона РК «О профилактике бытового насилия»}}.",
            ),
        ],
    ),
    (
        "ru",
        "Экибастуз",
        ["Тимур Байжанов", "Владислав Ким", "Кирилл Зайцев", "Айдын Нурпеисов", "Станислав Ли"],
        [
            (
                0,
                [],
                "{{Экибастуз}}, выездная сессия, состав полный (5). [[first:Владислава|Владислав]] в группе называют «[[nick:Кимчик]]» - считаю это уничижительным, обсудили.",
            ),
            (
                2,
                ["quote"],
                "[[name:Зайцев К.]]: «Мой отец говорит, что жену надо держать в строгости». Поддержки в группе не получил.",
            ),
            (
                4,
                ["insight"],
                "У [[first:Айдына|Айдын]] младшая сестра, [[name:Вера]], слабослышащая; он - основной опекун. Говорит: «{{вера}} в неё - единственное, что меня держит». Требует поддержки.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Станислав]]: ИИН [[iin:070318500412]], д.р. [[birthdate:18 марта 2007 г.]] Оформление сертификата.",
            ),
            (
                8,
                ["referral"],
                "[[first:Тимура|Тимур]] направляем в {{Центр психического здоровья}}. Мать: [[name:Байжанова Гульнар Сериковна]], [[phone:+7 701 552 09 18]], семейный автомобиль [[plate:823 ADM 14]] - обеспечит сопровождение.",
            ),
            (11, [], "Следующая встреча - {{Павлодар}}, общая группа."),
        ],
    ),
    (
        "ru",
        "Усть-Каменогорск",
        ["Евгений Соколов", "Бауыржан Тлеубаев", "Артур Галиев", "Олег Кравченко"],
        [
            (
                0,
                [],
                "{{Усть-Каменогорск}}, областная библиотека. Присутствовали: [[name:Соколов Е.]], [[name:Тлеубаев Б.]], [[name:Галиев А.]], [[name:Кравченко О.]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Евгений]]: «Женщина должна быть за мужем - как за каменной стеной». Разбор пословицы.",
            ),
            (
                3,
                ["insight"],
                "[[first:Артур]] рассказал о бабушке, [[name:Галиевой Розе Ахметовне|Галиева Роза Ахметовна]], которая одна вырастила троих сыновей; самостоятельно пришёл к выводу о стереотипе.",
            ),
            (
                5,
                ["resistance"],
                "[[name:О.К.]] отказался проходить {{«Гендерную линию»}}, сослался на головную боль. Вероятно, избегание.",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Бауыржану|Бауыржан]] требуется помощь с трудоустройством: e-mail [[email:b.tleubaev@mail.kz]], тел. [[phone:8-777-290-14-63]]. Проживает: [[address:ул. Протозанова, 117/2, кв. 9]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Олег]], [[quasi:сын владельца единственного автосервиса в Согре]], сообщил об эпизодическом употреблении ПАВ. Направлен в {{Центр психического здоровья}}.",
            ),
            (11, [], "Упражнение {{«Два круга»}} прошло продуктивно."),
        ],
    ),
    (
        "ru",
        "Павлодар",
        ["Ильяс Мухамедиев", "Сергей Пономарёв", "Амир Оспанов", "Глеб Лисицын", "Нурлыбек Касенов"],
        [
            (
                0,
                [],
                "{{Павлодар}}, колледж. Участники: [[name:И.М.]], [[name:С.П.]], [[name:А.О.]], [[name:Г.Л.]], [[name:Н.К.]]",
            ),
            (
                2,
                ["quote"],
                "[[first:Глеб]]: «Я никогда не ударю девушку, но если она сама начнёт...» - группа зафиксировала двойной стандарт.",
            ),
            (
                3,
                ["insight"],
                "Отмечу высокую рефлексию у [[first:Амира|Амир]]: описывает мать, [[name:Надежду Викторовну|Надежда Викторовна]], как «главного взрослого в семье», без обесценивания.",
            ),
            (
                5,
                ["resistance"],
                "[[name:Пономарёв С.]] занимал позицию наблюдателя, на вопросы отвечал «не знаю».",
            ),
            (
                7,
                ["follow-up"],
                "[[first:Нурлыбек]]: утерян паспорт [[passport:N09812377]], нуждается в помощи с восстановлением документов. Тел. брата, [[name:Касенов Ерлан Маратович]]: [[phone:8 7182 61 04 55]].",
            ),
            (
                9,
                ["referral"],
                "[[first:Ильяс]] сообщил о буллинге; [[quasi:единственный в колледже студент с кохлеарным имплантом]]. Рекомендовано обращение к психологу колледжа и по номеру {{111}}.",
            ),
            (11, [], "Рекомендованная литература: {{Э. Фромм}}, {{«Искусство любить»}}."),
        ],
    ),
    (
        "ru",
        "Риддер",
        ["Александр Фёдоров", "Дмитрий Белов", "Санжар Абилов", "Роман Тихонов"],
        [
            (
                0,
                [],
                "г. {{Риддер}}, выездная группа, 4 участника. [[nick:Сашу|Саша]] в группе зовут [[nick:Шуриком|Шурик]], против не возражает.",
            ),
            (2, ["quote"], "[[name:Белов Д.]]: «Психологи - это для слабых». Отработано через рефрейминг."),
            (
                3,
                ["insight"],
                "[[first:Санжар]] описал ситуацию в семье: отец, [[name:Абилов Марат Серикович]], [[quasi:начальник смены на цинковом заводе]], применяет физические наказания к младшим детям.",
            ),
            (
                6,
                ["follow-up"],
                "[[first:Роман]], д.р. [[birthdate:05.06.2008]], тел. [[phone:+7 (777) 654-33-21]], telegram [[handle:@roma_tikh]].",
            ),
            (
                8,
                ["referral"],
                "[[nick:Шурик]] сообщил о суицидальных мыслях. Незамедлительно: телефон доверия {{150}}, запись в {{Центр психического здоровья}}. Мать - [[name:Фёдорова Вера Ивановна]], [[phone:8 (72336) 4-18-92]].",
            ),
            (11, [], "Задача на следующую встречу - закрепить навык обращения за помощью."),
        ],
    ),
]
