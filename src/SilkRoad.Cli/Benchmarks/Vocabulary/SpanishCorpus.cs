namespace SilkRoad.Cli.Benchmarks.Vocabulary;

/// <summary>Spanish engineering vocabulary; authors from Spain and Latin America, half of them with both family names.</summary>
internal static class SpanishCorpus
{
    public static CorpusLanguage Create() => new(
        code: "es",
        share: 0.05,
        functionWords: "de del la el los las y en para con por un una sobre entre mediante es son se que su sus al",
        words: """
            análisis hormigón acero puente viga columna carga esfuerzo deformación fatiga fractura grieta material
            materiales compuesto diseño optimización modelo modelado simulación método elementos finitos numérico
            experimental dinámico dinámica estático sísmico sísmica respuesta vibración amortiguamiento frecuencia rigidez
            resistencia durabilidad corrosión refuerzo pretensado cimentación suelo suelos pilote talud estabilidad túnel
            excavación subterránea hidráulica hidráulico flujo turbulento canal río inundación inundaciones sedimento
            erosión presa embalse agua aguas tratamiento residuales membrana filtración desalinización tubería presión
            bomba turbina eólica solar fotovoltaica energía potencia red redes distribución transmisión tensión corriente
            convertidor inversor batería almacenamiento eléctrico eléctrica vehículo motor generador control controlador
            adaptativo robusto difuso neuronal neuronales aprendizaje profundo automático datos sensor sensores monitoreo
            detección diagnóstico falla fallas confiabilidad riesgo evaluación seguridad probabilístico incertidumbre
            estocástico lineal térmico térmica calor transferencia temperatura combustión combustible emisiones hidrógeno
            celda catalizador reactor químico proceso procesos fabricación aditiva impresión soldadura mecanizado corte
            herramienta superficie rugosidad recubrimiento desgaste fricción lubricación aleación aluminio titanio
            polímero fibras carbono nanopartículas microestructura mecánica mecánicas propiedades desempeño rendimiento
            eficiencia sistema sistemas enfoque algoritmo programación óptimo genético tráfico carretera carreteras
            pavimento asfalto ferroviario vía transporte logística urbano urbana edificio edificios construcción obra
            proyecto gestión costo ciclo vida sostenible sostenibilidad ambiental huella renovable inteligente digital
            gemelo internet cosas comunicación antena señal imagen reconocimiento robot robótica autónomo navegación
            trayectoria dron aeronave aerodinámica ala pala rotor rodamiento engranaje eje satélite órbita radar láser
            óptico semiconductor circuito integrado embebido software hardware arquitectura plataforma prototipo
            validación calibración medición parámetros estimación identificación estudio caso campo ensayo ensayos
            laboratorio escala gran alta baja nuevo nueva mejorado eficiente comparativo híbrido avanzado rural costero
            marino buque oleaje minería roca voladura geotécnica fluidos computacional calefacción refrigeración
            ventilación aire confort iluminación acústica ruido aislamiento fachada madera mampostería vidrio unión
            conexión placa pórtico armadura cable arco tablero pila rehabilitación daño reparación inspección
            mantenimiento servicio predicción pronóstico demanda suministro cadena calidad norma planificación
            infraestructura resiliencia terremoto amenaza incendio explosión impacto
            """,
        names: new CorpusNames(
            Given: ["José", "Juan", "Carlos", "Luis", "Javier", "Miguel", "Alejandro", "Pablo", "Diego", "Andrés",
                "Fernando", "Jorge", "María", "Ana", "Laura", "Carmen", "Lucía", "Sofía", "Paula", "Marta", "Isabel",
                "Valentina", "Camila", "Daniela", "María José"],
            Family: ["García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez",
                "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Álvarez", "Romero", "Torres", "Ramírez",
                "Flores", "Vargas", "Castro", "Ortiz", "Rojas", "Mendoza"],
            SecondFamilyNameShare: 0.5),
        institutions:
        [
            new("Universidad Politécnica de Madrid", "ES"), new("Universitat Politècnica de Catalunya", "ES"),
            new("Universitat Politècnica de València", "ES"), new("Universidad de Sevilla", "ES"),
            new("Universidad de Granada", "ES"), new("Universidad Nacional Autónoma de México", "MX"),
            new("Instituto Politécnico Nacional", "MX"), new("Tecnológico de Monterrey", "MX"),
            new("Universidad de Buenos Aires", "AR"), new("Universidad Nacional de Colombia", "CO"),
            new("Pontificia Universidad Católica de Chile", "CL"), new("Universidad de Chile", "CL"),
            new("Pontificia Universidad Católica del Perú", "PE"), new("Universidad de la República", "UY"),
        ],
        sources:
        [
            new("Revista Ingeniería de Construcción", "0718-5073", "Pontificia Universidad Católica de Chile", "10.7764", "s0718-50732"),
            new("DYNA", "0012-7361", "Universidad Nacional de Colombia", "10.15446", "dyna.v"),
            new("Informes de la Construcción", "0020-0883", "Consejo Superior de Investigaciones Científicas", "10.3989", "ic"),
            new("Ingeniería e Investigación", "0120-5609", "Universidad Nacional de Colombia", "10.15446", "ing.investig"),
            new("Tecnología y ciencias del agua", "2007-2422", "Instituto Mexicano de Tecnología del Agua", "10.24850", "j-tyca"),
            new("Materiales de Construcción", "0465-2746", "Consejo Superior de Investigaciones Científicas", "10.3989", "mc"),
        ]);
}
