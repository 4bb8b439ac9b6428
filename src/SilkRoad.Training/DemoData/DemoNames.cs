namespace SilkRoad.Training.DemoData;

/// <summary>Small pools of common names per script, combined at random: the people are generated, never real records.</summary>
internal static class DemoNames
{
    public static IReadOnlyList<DemoName> Given(NameScript script) => script switch
    {
        NameScript.Cyrillic =>
        [
            new("Иван", "Ivan"), new("Ольга", "Olga", true), new("Алексей", "Aleksei"), new("Мария", "Mariia", true),
            new("Нурлан", "Nurlan"), new("Айгерим", "Aigerim", true), new("Дмитрий", "Dmitrii"), new("Елена", "Elena", true),
            new("Сергей", "Sergei"), new("Анна", "Anna", true), new("Тимур", "Timur"), new("Светлана", "Svetlana", true),
        ],
        NameScript.Arabic =>
        [
            new("محمد", "Mohamed"), new("فاطمة", "Fatima", true), new("أحمد", "Ahmed"), new("مريم", "Maryam", true),
            new("علي", "Ali"), new("ليلى", "Laila", true), new("يوسف", "Youssef"), new("نور", "Nour", true),
            new("عمر", "Omar"), new("سارة", "Sara", true), new("خالد", "Khaled"), new("حسن", "Hassan"),
        ],
        NameScript.Thai =>
        [
            new("สมชาย", "Somchai"), new("สมศรี", "Somsri", true), new("ประเสริฐ", "Prasert"), new("วิไล", "Wilai", true),
            new("อนันต์", "Anan"), new("นภา", "Napha", true), new("กิตติ", "Kitti"), new("มาลี", "Malee", true),
        ],
        NameScript.Devanagari =>
        [
            new("राम", "Ram"), new("सीता", "Sita", true), new("बिकास", "Bikas"), new("अनिता", "Anita", true),
            new("सुरेश", "Suresh"), new("गीता", "Gita", true),
        ],
        _ =>
        [
            new("Amara", "Amara", true), new("Kwame", "Kwame"), new("Lucía", "Lucia", true), new("Mateo", "Mateo"),
            new("Nadia", "Nadia", true), new("Tomás", "Tomas"), new("Inès", "Ines", true), new("Rafael", "Rafael"),
            new("Zuri", "Zuri", true), new("Kofi", "Kofi"), new("Maya", "Maya", true), new("Diego", "Diego"),
            new("Grace", "Grace", true), new("Samuel", "Samuel"), new("Esther", "Esther", true), new("Joseph", "Joseph"),
        ],
    };

    public static IReadOnlyList<DemoName> Family(NameScript script) => script switch
    {
        NameScript.Cyrillic =>
        [
            new("Петров", "Petrov", FeminineNative: "Петрова", FeminineLatin: "Petrova"),
            new("Смирнов", "Smirnov", FeminineNative: "Смирнова", FeminineLatin: "Smirnova"),
            new("Ахметов", "Akhmetov", FeminineNative: "Ахметова", FeminineLatin: "Akhmetova"),
            new("Ким", "Kim"), new("Шевченко", "Shevchenko"), new("Ковальчук", "Kovalchuk"),
            new("Иванов", "Ivanov", FeminineNative: "Иванова", FeminineLatin: "Ivanova"),
            new("Сулейменов", "Suleimenov", FeminineNative: "Сулейменова", FeminineLatin: "Suleimenova"),
        ],
        NameScript.Arabic =>
        [
            new("الحسيني", "Al-Husseini"), new("منصور", "Mansour"), new("حداد", "Haddad"), new("خان", "Khan"),
            new("سليمان", "Suleiman"), new("عباس", "Abbas"), new("الزهراني", "Al-Zahrani"), new("نصر", "Nasr"),
            new("قريشي", "Qureshi"), new("رحمن", "Rahman"),
        ],
        NameScript.Thai =>
        [
            new("ใจดี", "Jaidee"), new("ศรีสุข", "Srisuk"), new("วงศ์ทอง", "Wongthong"), new("บุญมา", "Boonma"),
            new("แสงทอง", "Saengthong"), new("ทองดี", "Thongdee"),
        ],
        NameScript.Devanagari =>
        [
            new("श्रेष्ठ", "Shrestha"), new("थापा", "Thapa"), new("गुरुङ", "Gurung"), new("अधिकारी", "Adhikari"), new("राई", "Rai"),
        ],
        _ =>
        [
            new("Okello", "Okello"), new("Mensah", "Mensah"), new("Silva", "Silva"), new("Santos", "Santos"),
            new("Novák", "Novak"), new("Horvat", "Horvat"), new("Mwangi", "Mwangi"), new("Banda", "Banda"),
            new("Diallo", "Diallo"), new("Traoré", "Traore"), new("Pérez", "Perez"), new("Nguyễn", "Nguyen"),
            new("Sok", "Sok"), new("Aung", "Aung"), new("Santoso", "Santoso"), new("Reyes", "Reyes"),
            new("Kamau", "Kamau"), new("Achieng", "Achieng"), new("Moyo", "Moyo"), new("Tesfaye", "Tesfaye"),
        ],
    };
}
