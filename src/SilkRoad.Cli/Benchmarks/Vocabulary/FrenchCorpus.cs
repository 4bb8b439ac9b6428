namespace SilkRoad.Cli.Benchmarks.Vocabulary;

/// <summary>French engineering vocabulary; authors from France, Quebec, Switzerland, Belgium and francophone Africa.</summary>
internal static class FrenchCorpus
{
    public static CorpusLanguage Create() => new(
        code: "fr",
        share: 0.04,
        functionWords: "de des du la le les et en pour dans avec sur par une un sous entre est sont cette ce leur au aux à",
        words: """
            analyse béton acier pont poutre poteau charge contrainte déformation fatigue rupture fissure matériau
            matériaux composite conception optimisation modèle modélisation simulation méthode éléments finis numérique
            expérimental expérimentale dynamique statique sismique réponse vibration amortissement fréquence rigidité
            résistance durabilité corrosion armature précontraint fondation sol sols pieu pente stabilité tunnel
            excavation nappe hydraulique écoulement turbulent canal rivière crue crues sédiment érosion barrage réservoir
            eau eaux traitement usées membrane filtration dessalement conduite pression pompe turbine éolienne solaire
            photovoltaïque énergie puissance réseau réseaux distribution transport tension courant convertisseur onduleur
            batterie stockage recharge électrique véhicule moteur générateur commande contrôle adaptatif robuste floue
            neuronal neuronaux apprentissage profond automatique données capteur capteurs surveillance détection
            diagnostic défaut défauts fiabilité risque évaluation sécurité défaillance probabiliste incertitude
            stochastique linéaire thermique chaleur transfert température combustion carburant émissions hydrogène pile
            catalyseur réacteur chimique procédé fabrication additive impression soudage usinage coupe outil surface
            rugosité revêtement usure frottement lubrification alliage aluminium titane polymère fibres carbone
            nanoparticules microstructure mécanique mécaniques propriétés performance performances efficacité rendement
            système systèmes approche algorithme ordonnancement optimal génétique trafic route routes chaussée enrobé
            ferroviaire voie logistique urbain urbaine bâtiment bâtiments construction chantier projet gestion coût
            cycle vie durable environnemental empreinte renouvelable intelligent intelligente jumeau internet objets
            communication antenne signal image reconnaissance robot robotique autonome navigation trajectoire drone
            aéronef aérodynamique aile pale rotor roulement engrenage arbre satellite orbite radar laser optique
            semi-conducteur circuit intégré embarqué logiciel matériel architecture plateforme prototype validation
            étalonnage mesure mesures paramètres estimation identification étude cas terrain essai essais laboratoire
            échelle grande haute faible nouvelle nouveau amélioré efficace comparative hybride avancé côtier côtière
            marin navire houle mine roche géotechnique fluides calcul chauffage refroidissement ventilation air confort
            éclairage acoustique bruit isolation façade bois maçonnerie verre assemblage boulonné plaque coque portique
            treillis câble suspendu arc tablier renforcement réhabilitation endommagement réparation inspection
            maintenance service prévision demande qualité norme réglementation planification infrastructure
            infrastructures résilience séisme aléa incendie explosion impact
            """,
        names: new CorpusNames(
            Given: ["Jean", "Pierre", "Michel", "Philippe", "Nicolas", "Julien", "Thomas", "Antoine", "Mathieu", "Laurent",
                "François", "Olivier", "Mamadou", "Youssef", "Karim", "Marie", "Sophie", "Camille", "Claire", "Julie",
                "Céline", "Isabelle", "Nathalie", "Élodie", "Amélie"],
            Family: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
                "Morel", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Lefèvre", "Mercier", "Diallo",
                "Tremblay", "Gagnon"]),
        institutions:
        [
            new("Université Paris-Saclay", "FR"), new("École Polytechnique", "FR"), new("École des Ponts ParisTech", "FR"),
            new("Université Grenoble Alpes", "FR"), new("Institut National des Sciences Appliquées de Lyon", "FR"),
            new("Université de Lorraine", "FR"), new("Centre National de la Recherche Scientifique", "FR", "government"),
            new("Université Gustave Eiffel", "FR"), new("Polytechnique Montréal", "CA"), new("Université Laval", "CA"),
            new("École Polytechnique Fédérale de Lausanne", "CH"), new("Université catholique de Louvain", "BE"),
            new("Université Mohammed V de Rabat", "MA"), new("Université Cheikh Anta Diop", "SN"),
            new("Université de Tunis El Manar", "TN"),
        ],
        sources:
        [
            new("La Houille Blanche", "0018-6368", "Société Hydrotechnique de France", "10.1051", "lhb"),
            new("Revue Française de Géotechnique", "0181-0529", "EDP Sciences", "10.1051", "geotech"),
            new("Matériaux & Techniques", "0032-6895", "EDP Sciences", "10.1051", "mattech"),
            new("Mechanics & Industry", "2257-7777", "EDP Sciences", "10.1051", "meca"),
            new("Comptes Rendus Mécanique", "1631-0721", "Académie des sciences", "10.5802", "crmeca"),
            new("Canadian Journal of Civil Engineering", "0315-1468", "Canadian Science Publishing", "10.1139", "cjce"),
        ]);
}
