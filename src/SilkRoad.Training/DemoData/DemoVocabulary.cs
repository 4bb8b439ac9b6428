namespace SilkRoad.Training.DemoData;

/// <summary>
/// The words the demo base is made of, in the six languages (zh, en, fr, ru, es, ar, in that order): 18 topics,
/// 14 aspects a course of a topic treats, 6 kinds of programme. Course and programme titles are composed from them.
/// </summary>
internal static class DemoVocabulary
{
    public static readonly string[] LanguageOrder = ["zh", "en", "fr", "ru", "es", "ar"];

    public static IReadOnlyList<(string Code, string[] Names)> Topics { get; } =
    [
        ("new-energy", ["新能源技术", "New Energy Technologies", "Technologies des énergies nouvelles", "Новые энергетические технологии", "Tecnologías de nuevas energías", "تقنيات الطاقة الجديدة"]),
        ("water-resources", ["水资源管理", "Water Resources Management", "Gestion des ressources en eau", "Управление водными ресурсами", "Gestión de recursos hídricos", "إدارة الموارد المائية"]),
        ("hydropower", ["水电工程", "Hydropower Engineering", "Ingénierie hydroélectrique", "Гидроэнергетика", "Ingeniería hidroeléctrica", "هندسة الطاقة الكهرومائية"]),
        ("power-grids", ["智能电网", "Smart Power Grids", "Réseaux électriques intelligents", "Интеллектуальные электросети", "Redes eléctricas inteligentes", "الشبكات الكهربائية الذكية"]),
        ("railways", ["铁路工程", "Railway Engineering", "Ingénierie ferroviaire", "Железнодорожное строительство", "Ingeniería ferroviaria", "هندسة السكك الحديدية"]),
        ("roads-bridges", ["道路与桥梁", "Roads and Bridges", "Routes et ponts", "Дороги и мосты", "Carreteras y puentes", "الطرق والجسور"]),
        ("urban-planning", ["城市规划", "Urban Planning", "Urbanisme", "Градостроительство", "Planificación urbana", "التخطيط العمراني"]),
        ("agriculture", ["农业工程", "Agricultural Engineering", "Génie agricole", "Сельскохозяйственная инженерия", "Ingeniería agrícola", "الهندسة الزراعية"]),
        ("environment", ["环境保护", "Environmental Protection", "Protection de l'environnement", "Охрана окружающей среды", "Protección del medio ambiente", "حماية البيئة"]),
        ("disaster-risk", ["防灾减灾", "Disaster Risk Reduction", "Réduction des risques de catastrophe", "Снижение риска бедствий", "Reducción del riesgo de desastres", "الحد من مخاطر الكوارث"]),
        ("digital-economy", ["数字经济与信息通信技术", "Digital Economy and ICT", "Économie numérique et TIC", "Цифровая экономика и ИКТ", "Economía digital y TIC", "الاقتصاد الرقمي وتكنولوجيا المعلومات والاتصالات"]),
        ("manufacturing", ["先进制造", "Advanced Manufacturing", "Fabrication avancée", "Передовое производство", "Fabricación avanzada", "التصنيع المتقدم"]),
        ("materials", ["新材料", "New Materials", "Nouveaux matériaux", "Новые материалы", "Nuevos materiales", "المواد الجديدة"]),
        ("mining", ["采矿与地质", "Mining and Geology", "Mines et géologie", "Горное дело и геология", "Minería y geología", "التعدين والجيولوجيا"]),
        ("oil-gas", ["油气工程", "Oil and Gas Engineering", "Ingénierie pétrolière et gazière", "Нефтегазовая инженерия", "Ingeniería de petróleo y gas", "هندسة النفط والغاز"]),
        ("aerospace", ["航天与遥感", "Aerospace and Remote Sensing", "Aérospatiale et télédétection", "Аэрокосмическая техника и дистанционное зондирование", "Aeroespacial y teledetección", "الفضاء والاستشعار عن بعد"]),
        ("logistics", ["交通运输与物流", "Transport and Logistics", "Transport et logistique", "Транспорт и логистика", "Transporte y logística", "النقل والخدمات اللوجستية"]),
        ("standards", ["工程标准与质量", "Engineering Standards and Quality", "Normes et qualité en ingénierie", "Инженерные стандарты и качество", "Normas y calidad en ingeniería", "المعايير والجودة الهندسية"]),
    ];

    public static IReadOnlyList<string[]> Aspects { get; } =
    [
        ["基础", "Fundamentals", "Notions fondamentales", "Основы", "Fundamentos", "الأساسيات"],
        ["规划与设计", "Planning and Design", "Planification et conception", "Планирование и проектирование", "Planificación y diseño", "التخطيط والتصميم"],
        ["施工与安装", "Construction and Installation", "Construction et installation", "Строительство и монтаж", "Construcción e instalación", "الإنشاء والتركيب"],
        ["运行与维护", "Operation and Maintenance", "Exploitation et maintenance", "Эксплуатация и обслуживание", "Operación y mantenimiento", "التشغيل والصيانة"],
        ["政策与法规", "Policy and Regulation", "Politiques et réglementation", "Политика и регулирование", "Políticas y regulación", "السياسات والتنظيم"],
        ["中国案例研究", "Case Studies from China", "Études de cas chinoises", "Опыт Китая: примеры", "Estudios de caso de China", "دراسات حالة من الصين"],
        ["实验实践", "Laboratory Practice", "Travaux pratiques en laboratoire", "Лабораторный практикум", "Prácticas de laboratorio", "التطبيق المعملي"],
        ["项目管理", "Project Management", "Gestion de projet", "Управление проектами", "Gestión de proyectos", "إدارة المشاريع"],
        ["安全与风险", "Safety and Risk", "Sécurité et risques", "Безопасность и риски", "Seguridad y riesgos", "السلامة والمخاطر"],
        ["数字化工具", "Digital Tools", "Outils numériques", "Цифровые инструменты", "Herramientas digitales", "الأدوات الرقمية"],
        ["环境评价", "Environmental Assessment", "Évaluation environnementale", "Экологическая оценка", "Evaluación ambiental", "التقييم البيئي"],
        ["投资与融资", "Investment and Financing", "Investissement et financement", "Инвестиции и финансирование", "Inversión y financiación", "الاستثمار والتمويل"],
        ["标准与检测", "Standards and Testing", "Normes et essais", "Стандарты и испытания", "Normas y ensayos", "المعايير والاختبار"],
        ["创新与研究", "Innovation and Research", "Innovation et recherche", "Инновации и исследования", "Innovación e investigación", "الابتكار والبحث"],
    ];

    /// <summary>"{0}" is the topic's name.</summary>
    public static IReadOnlyList<string[]> ProgrammeKinds { get; } =
    [
        ["{0}研修班", "Seminar: {0}", "Séminaire : {0}", "Семинар: {0}", "Seminario: {0}", "ندوة: {0}"],
        ["{0}研讨会", "Workshop: {0}", "Atelier : {0}", "Практикум: {0}", "Taller: {0}", "ورشة عمل: {0}"],
        ["{0}高级研修班", "Advanced Course: {0}", "Cours avancé : {0}", "Углублённый курс: {0}", "Curso avanzado: {0}", "دورة متقدمة: {0}"],
        ["{0}官员研修班", "Training for Officials: {0}", "Formation des cadres : {0}", "Курс для руководителей: {0}", "Formación de funcionarios: {0}", "تدريب المسؤولين: {0}"],
        ["{0}技术培训班", "Technical Training: {0}", "Formation technique : {0}", "Техническое обучение: {0}", "Formación técnica: {0}", "تدريب تقني: {0}"],
        ["{0}在线课程", "Online Course: {0}", "Cours en ligne : {0}", "Онлайн-курс: {0}", "Curso en línea: {0}", "دورة عبر الإنترنت: {0}"],
    ];

    /// <summary>How a course title joins topic and aspect in each language (Chinese uses a full-width colon, French a spaced one).</summary>
    public static readonly string[] CourseTitleFormat = ["{0}：{1}", "{0}: {1}", "{0} : {1}", "{0}: {1}", "{0}: {1}", "{0}: {1}"];

    public static readonly string[] CourseDescriptionFormat =
    [
        "培训基地“{0}”专题课程，讲授{1}。",
        "A course of the training base's {0} topic on {1}.",
    ];

    public static readonly string[] Instructors =
        ["Prof. Zhang Wei", "Prof. Wang Fang", "Dr. Li Na", "Prof. Liu Yang", "Dr. Chen Jing", "Prof. Yang Lei", "Dr. Zhao Min", "Prof. Huang Tao", "Dr. Zhou Jie", "Prof. Wu Xia"];

    public static readonly (string Title, string Place)[] SiteVisits =
    [
        ("Metro line construction site", "Xi'an"),
        ("Photovoltaic power station", "Yulin, Shaanxi"),
        ("Yellow River water conservancy project", "Sanmenxia, Henan"),
        ("High-speed railway maintenance depot", "Xi'an"),
        ("Smart grid dispatch centre", "Xi'an"),
        ("Wastewater treatment plant", "Xianyang, Shaanxi"),
        ("Wind turbine manufacturing plant", "Baoji, Shaanxi"),
        ("Satellite ground station", "Weinan, Shaanxi"),
    ];

    public static readonly string[] Disciplines =
    [
        "Civil engineering", "Hydraulic engineering", "Electrical engineering", "Mechanical engineering",
        "Environmental engineering", "Agricultural engineering", "Computer science", "Energy engineering",
        "Transport engineering", "Materials science", "Mining engineering", "Urban planning",
    ];

    /// <summary>Two or three institutions in each of the eight partner countries; "Demo" in every name, so nobody mistakes them for real ones.</summary>
    public static readonly (string Country, string Name, string LatinName, string City)[] Partners =
    [
        ("TH", "มหาวิทยาลัยเทคโนโลยีสาธิต", "Demo University of Technology Thailand", "Bangkok"),
        ("TH", "สถาบันพลังงานสาธิต", "Demo Energy Institute Chiang Mai", "Chiang Mai"),
        ("RU", "Демонстрационный политехнический университет", "Demo Polytechnic University", "Saint Petersburg"),
        ("RU", "Демонстрационный институт энергетики", "Demo Institute of Power Engineering", "Kazan"),
        ("PK", "ڈیمو انجینئرنگ یونیورسٹی", "Demo University of Engineering Lahore", "Lahore"),
        ("PK", "ڈیمو آبی وسائل ادارہ", "Demo Water Resources Institute", "Islamabad"),
        ("PK", "ڈیمو ٹیکنالوجی کالج", "Demo College of Technology Karachi", "Karachi"),
        ("UG", "Demo Institute of Science and Technology", "Demo Institute of Science and Technology", "Kampala"),
        ("UG", "Demo Agricultural Engineering College", "Demo Agricultural Engineering College", "Gulu"),
        ("KZ", "Демонстрационный технический университет", "Demo Technical University Almaty", "Almaty"),
        ("KZ", "Демонстрационный институт транспорта", "Demo Transport Institute", "Astana"),
        ("EG", "جامعة التكنولوجيا التجريبية", "Demo University of Technology Cairo", "Cairo"),
        ("EG", "المعهد التجريبي للموارد المائية", "Demo Institute of Water Resources", "Alexandria"),
        ("ET", "Demo Institute of Technology Addis Ababa", "Demo Institute of Technology Addis Ababa", "Addis Ababa"),
        ("ET", "Demo Water and Energy College", "Demo Water and Energy College", "Bahir Dar"),
        ("LA", "ມະຫາວິທະຍາໄລເຕັກໂນໂລຊີສາທິດ", "Demo University of Technology Vientiane", "Vientiane"),
    ];

    public static readonly string[] Motivations =
    [
        "Our utility is building its first grid-scale storage; I lead the commissioning team and need the methods this session teaches. (demo)",
        "I teach the subject at my university and wish to bring current practice and site experience back to my students. (demo)",
        "My ministry is drafting the national standard in this field; the session would let me compare approaches with colleagues. (demo)",
        "I supervise maintenance of a plant built with Chinese partners and want to understand the design choices behind it. (demo)",
        "Our company is starting a joint project in this field and I will coordinate its engineering side. (demo)",
    ];

    public static readonly string[] AgreementScopes =
    [
        "Nomination of trainees to on-site sessions",
        "Joint online courses and exchange of materials",
        "Co-organised sessions abroad and alumni follow-up",
    ];
}
