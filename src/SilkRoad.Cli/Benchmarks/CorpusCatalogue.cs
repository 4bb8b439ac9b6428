using System.Text.Json;

namespace SilkRoad.Cli.Benchmarks;

/// <summary>
/// What every language of the generated corpus shares: OpenAlex's English topics and keywords, work types with their
/// shares, and the repositories that hold preprint copies.
/// </summary>
internal static class CorpusCatalogue
{
    // (subfield, field, domain) as OpenAlex numbers them.
    private static readonly (int Id, string Name, int Field, string FieldName, int Domain, string DomainName)[] Subfields =
    [
        (2205, "Civil and Structural Engineering", 22, "Engineering", 3, "Physical Sciences"),
        (2208, "Electrical and Electronic Engineering", 22, "Engineering", 3, "Physical Sciences"),
        (2210, "Mechanical Engineering", 22, "Engineering", 3, "Physical Sciences"),
        (2211, "Mechanics of Materials", 22, "Engineering", 3, "Physical Sciences"),
        (2215, "Building and Construction", 22, "Engineering", 3, "Physical Sciences"),
        (2102, "Energy Engineering and Power Technology", 21, "Energy", 3, "Physical Sciences"),
        (2312, "Water Science and Technology", 23, "Environmental Science", 3, "Physical Sciences"),
        (1702, "Artificial Intelligence", 17, "Computer Science", 3, "Physical Sciences"),
        (2209, "Industrial and Manufacturing Engineering", 22, "Engineering", 3, "Physical Sciences"),
        (2203, "Automotive Engineering", 22, "Engineering", 3, "Physical Sciences"),
    ];

    private static readonly (string Name, int Subfield)[] TopicNames =
    [
        ("Structural Health Monitoring Techniques", 0), ("Seismic Performance and Analysis", 0),
        ("Concrete and Cement Materials Research", 4), ("Fatigue and Fracture Mechanics", 3),
        ("Bridge Structural Analysis and Design", 0), ("Geotechnical Engineering and Soil Mechanics", 0),
        ("Tunnel Excavation and Rock Mechanics", 0), ("Power System Optimization and Stability", 1),
        ("Microgrid Control and Optimization", 1), ("Electric Vehicles and Charging Infrastructure", 9),
        ("Photovoltaic System Optimization", 5), ("Wind Turbine Control Systems", 5),
        ("Advanced Battery Technologies Research", 5), ("Hydrogen Energy and Fuel Cells", 5),
        ("Additive Manufacturing and 3D Printing Technologies", 8), ("Welding Techniques and Residual Stresses", 8),
        ("Machining and Tool Wear", 8), ("Tribology and Lubrication Engineering", 2),
        ("Fault Detection in Rotating Machinery", 2), ("Vibration Control and Damping", 2),
        ("Traffic Flow Modeling and Control", 0), ("Asphalt Pavement Performance", 4),
        ("Railway Engineering and Dynamics", 0), ("Building Energy and Comfort Optimization", 4),
        ("Water Treatment and Desalination", 6), ("Hydrological Modeling and Flood Risk", 6),
        ("Fire Safety of Structures", 0), ("Digital Twin and Industry 4.0", 8),
        ("Robotic Path Planning Algorithms", 7), ("Aerodynamics and Fluid Flow Simulation", 2),
        ("Composite Material Mechanics", 3), ("Reliability and Risk Assessment of Systems", 2),
    ];

    private static readonly string[] KeywordNames =
    [
        "Finite Element Method", "Digital Twin", "Fatigue Crack Growth", "Seismic Response", "Structural Health Monitoring",
        "Machine Learning", "Deep Learning", "Optimization", "Renewable Energy", "Energy Storage", "Photovoltaic",
        "Wind Power", "Battery Management", "Hydrogen Production", "Additive Manufacturing", "Welding", "Corrosion",
        "Durability", "Concrete", "Steel Structures", "Bridge", "Tunnel", "Slope Stability", "Groundwater", "Flood Risk",
        "Desalination", "Wastewater Treatment", "Traffic Flow", "Pavement", "Railway", "Electric Vehicle", "Power Grid",
        "Microgrid", "Fault Diagnosis", "Vibration", "Damping", "Composite Materials", "Tribology", "Heat Transfer",
        "Combustion", "Computational Fluid Dynamics", "Robotics", "Path Planning", "Sensor Network", "Internet of Things",
        "Reliability", "Risk Assessment", "Life Cycle Assessment", "Sustainability", "Building Energy", "Thermal Comfort",
        "Fire Resistance", "Geotechnical Engineering", "Rock Mechanics", "Control System", "Signal Processing",
        "Image Recognition", "Smart City", "Infrastructure Resilience", "Uncertainty Quantification",
    ];

    public static Topic[] Topics { get; } = [.. TopicNames.Select((t, i) => new Topic(t.Name, 10000 + 37 * i, Subfields[t.Subfield]))];

    public static Keyword[] Keywords { get; } = [.. KeywordNames.Select(k => new Keyword(k))];

    /// <summary>OpenAlex work types with their share of engineering works; the shares add up to 1.</summary>
    public static WorkType[] Types { get; } =
    [
        new("article", "journal-article", 0.78), new("book-chapter", "book-chapter", 0.06),
        new("review", "journal-article", 0.03), new("preprint", "posted-content", 0.04),
        new("dissertation", "dissertation", 0.03), new("report", "report", 0.02),
        new("book", "book", 0.01), new("dataset", "dataset", 0.01),
        new("standard", "standard", 0.005), new("other", "other", 0.015),
    ];

    public static WorkType Preprint { get; } = Types.Single(t => t.Name.ToString() == "preprint");

    /// <summary>Where the DOI-less copies of works (preprints, deposits) live.</summary>
    public static byte[][] Repositories { get; } =
    [
        Repository("Zenodo (CERN European Organization for Nuclear Research)", 4306400562),
        Repository("arXiv (Cornell University)", 4306400194),
        Repository("Research Square (Research Square)", 4306402450),
    ];

    public static readonly JsonEncodedText[] Licences =
        [JsonEncodedText.Encode("cc-by"), JsonEncodedText.Encode("cc-by-nc"), JsonEncodedText.Encode("cc-by-nc-nd")];

    private static byte[] Repository(string name, long id) => CorpusLanguage.Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", $"https://openalex.org/S{id}");
        w.WriteString("display_name", name);
        w.WriteNull("issn_l");
        w.WriteNull("issn");
        w.WriteBoolean("is_oa", true);
        w.WriteString("type", "repository");
        w.WriteEndObject();
    });

    internal sealed class Topic
    {
        public Topic(string name, int id, (int Id, string Name, int Field, string FieldName, int Domain, string DomainName) subfield)
        {
            Id = JsonEncodedText.Encode($"https://openalex.org/T{id}");
            Name = JsonEncodedText.Encode(name);
            Subfield = Named($"https://openalex.org/subfields/{subfield.Id}", subfield.Name);
            Field = Named($"https://openalex.org/fields/{subfield.Field}", subfield.FieldName);
            Domain = Named($"https://openalex.org/domains/{subfield.Domain}", subfield.DomainName);
        }

        public JsonEncodedText Id { get; }
        public JsonEncodedText Name { get; }

        /// <summary>The subfield, field and domain objects, written as they are.</summary>
        public byte[] Subfield { get; }
        public byte[] Field { get; }
        public byte[] Domain { get; }

        private static byte[] Named(string id, string name) => CorpusLanguage.Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("display_name", name);
            w.WriteEndObject();
        });
    }

    internal sealed class Keyword(string name)
    {
        public JsonEncodedText Id { get; } = JsonEncodedText.Encode($"https://openalex.org/keywords/{name.ToLowerInvariant().Replace(' ', '-')}");
        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(name);
    }

    internal sealed class WorkType(string name, string crossrefName, double share)
    {
        public JsonEncodedText Name { get; } = JsonEncodedText.Encode(name);
        public JsonEncodedText CrossrefName { get; } = JsonEncodedText.Encode(crossrefName);
        public double Share { get; } = share;
    }
}
