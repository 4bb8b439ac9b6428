namespace SilkRoad.Cli.Benchmarks.Vocabulary;

/// <summary>English engineering vocabulary; authors from everywhere, since English is where most engineers publish.</summary>
internal static class EnglishCorpus
{
    public static CorpusLanguage Create() => new(
        code: "en",
        share: 0.62,
        functionWords: "the of and in for with on to a by from under using based between is are this that its their at as an",
        words: """
            structural analysis concrete steel bridge beam column load stress strain fatigue fracture crack composite
            material design optimization model simulation finite element method numerical experimental dynamic static
            seismic response vibration damping frequency mode stiffness strength durability corrosion reinforcement
            prestressed foundation soil pile slope stability tunnel excavation groundwater hydraulic flow turbulent
            channel river flood sediment erosion dam reservoir water treatment wastewater membrane filtration
            desalination pipeline pressure pump turbine wind solar photovoltaic energy power grid distribution
            transmission voltage current converter inverter battery storage charging electric vehicle motor generator
            control controller adaptive robust fuzzy neural network learning deep machine data sensor monitoring
            detection diagnosis fault reliability risk assessment safety failure probabilistic uncertainty stochastic
            nonlinear linear thermal heat transfer temperature combustion engine fuel emission hydrogen cell catalyst
            reactor chemical process manufacturing additive printing welding machining cutting tool surface roughness
            coating wear friction lubrication alloy aluminium titanium polymer fibre carbon nanoparticles microstructure
            mechanical properties performance efficiency system framework approach algorithm scheduling optimal
            multi-objective genetic particle swarm traffic road pavement asphalt railway track transportation logistics
            urban building construction project management cost lifecycle sustainable environmental footprint
            renewable smart digital twin internet things wireless communication antenna signal processing image
            recognition robot robotic autonomous navigation trajectory drone aircraft aerodynamic wing blade rotor
            bearing gear shaft spacecraft satellite orbit radar laser optical semiconductor circuit chip integrated
            embedded software hardware architecture platform prototype validation calibration measurement parameter
            estimation identification evaluation case study field test laboratory scale full-scale large small high
            low novel improved efficient comparative hybrid advanced rural coastal offshore marine ship hull wave mining
            rock blasting geotechnical mechanics fluid computational heating cooling ventilation air conditioning
            indoor comfort lighting acoustic noise insulation facade timber masonry glass joint connection bolted plate
            shell frame truss cable suspension arch girder deck pier retrofit rehabilitation damage repair inspection
            maintenance service life prediction forecasting demand supply chain quality standard regulation policy
            planning infrastructure resilience earthquake hazard fire resistance explosion impact
            """,
        names: new CorpusNames(
            Given: ["James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Matthew",
                "Rahul", "Amit", "Wei", "Jun", "Hyun-woo", "Hiroshi", "Lukas", "Stefan", "Marco", "Ahmed", "Carlos",
                "Kenji", "Noah", "Oliver", "Sarah", "Emily", "Jennifer", "Laura", "Anna", "Maria", "Priya", "Ananya",
                "Yuki", "Giulia", "Fatima", "Olga", "Elena", "Sophie", "Hannah", "Min-ji"],
            Family: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Anderson",
                "Moore", "Martin", "Lee", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker",
                "Adams", "Kumar", "Sharma", "Singh", "Patel", "Gupta", "Zhang", "Wang", "Li", "Liu", "Chen", "Kim",
                "Park", "Tanaka", "Suzuki", "Müller", "Schmidt", "Rossi", "Bianchi", "Nguyen", "Hassan", "Kowalski",
                "Novak", "Jensen", "Larsen", "O'Brien", "Murphy"]),
        institutions:
        [
            new("Massachusetts Institute of Technology", "US"), new("Stanford University", "US"),
            new("University of California, Berkeley", "US"), new("Georgia Institute of Technology", "US"),
            new("Purdue University West Lafayette", "US"), new("Imperial College London", "GB"),
            new("University of Cambridge", "GB"), new("University of Manchester", "GB"),
            new("Delft University of Technology", "NL"), new("ETH Zurich", "CH"),
            new("Technical University of Munich", "DE"), new("RWTH Aachen University", "DE"),
            new("Politecnico di Milano", "IT"), new("Indian Institute of Technology Bombay", "IN"),
            new("Indian Institute of Technology Madras", "IN"), new("National University of Singapore", "SG"),
            new("Nanyang Technological University", "SG"), new("The University of Tokyo", "JP"),
            new("Korea Advanced Institute of Science and Technology", "KR"), new("University of Toronto", "CA"),
            new("UNSW Sydney", "AU"), new("Tsinghua University", "CN"), new("Zhejiang University", "CN"),
            new("Norwegian University of Science and Technology", "NO"), new("KTH Royal Institute of Technology", "SE"),
            new("Universidade de São Paulo", "BR"), new("Technical University of Denmark", "DK"),
            new("Istanbul Technical University", "TR"), new("University of Cape Town", "ZA"),
            new("Siemens (Germany)", "DE", "company"), new("National Renewable Energy Laboratory", "US", "facility"),
        ],
        sources:
        [
            new("Engineering Structures", "0141-0296", "Elsevier BV", "10.1016", "j.engstruct"),
            new("IEEE Transactions on Power Systems", "0885-8950", "Institute of Electrical and Electronics Engineers", "10.1109", "tpwrs"),
            new("Applied Energy", "0306-2619", "Elsevier BV", "10.1016", "j.apenergy"),
            new("Construction and Building Materials", "0950-0618", "Elsevier BV", "10.1016", "j.conbuildmat"),
            new("Sensors", "1424-8220", "Multidisciplinary Digital Publishing Institute", "10.3390", "s"),
            new("Energies", "1996-1073", "Multidisciplinary Digital Publishing Institute", "10.3390", "en"),
            new("Journal of Structural Engineering", "0733-9445", "American Society of Civil Engineers", "10.1061", "jsendh"),
            new("Mechanical Systems and Signal Processing", "0888-3270", "Elsevier BV", "10.1016", "j.ymssp"),
            new("IEEE Access", "2169-3536", "Institute of Electrical and Electronics Engineers", "10.1109", "access"),
            new("Journal of Cleaner Production", "0959-6526", "Elsevier BV", "10.1016", "j.jclepro"),
            new("Water Research", "0043-1354", "Elsevier BV", "10.1016", "j.watres"),
            new("Tunnelling and Underground Space Technology", "0886-7798", "Elsevier BV", "10.1016", "j.tust"),
            new("Renewable Energy", "0960-1481", "Elsevier BV", "10.1016", "j.renene"),
            new("Automation in Construction", "0926-5805", "Elsevier BV", "10.1016", "j.autcon"),
        ]);
}
