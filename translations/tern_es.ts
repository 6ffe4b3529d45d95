<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>Save a grab of the window.</source>
        <translation>Guardar una captura de la ventana.</translation>
    </message>
    <message>
        <source>Start on page 0-5: Data, Run, Leaderboard, Text from Images, Export, History.</source>
        <translation>Empezar en la página 0-5: Datos, Ejecución, Clasificación, Texto de imágenes, Exportar, Historial.</translation>
    </message>
    <message>
        <source>Start a run of this many seconds once the data has loaded.</source>
        <translation>Iniciar una ejecución de tantos segundos en cuanto se carguen los datos.</translation>
    </message>
    <message>
        <source>The target column of the --run-budget run (else the last column).</source>
        <translation>La columna objetivo de la ejecución de --run-budget (si no, la última columna).</translation>
    </message>
    <message>
        <source>Show this stored run on the Leaderboard.</source>
        <translation>Mostrar esta ejecución guardada en la clasificación.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x640.</source>
        <translation>Abrir la ventana con este tamaño, p. ej. 1024x640.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) for this session only.</source>
        <translation>Usar este tema (system, light, dark) solo en esta sesión.</translation>
    </message>
    <message>
        <source>Tern: desktop AutoML workbench</source>
        <translation>Tern: banco de trabajo AutoML de escritorio</translation>
    </message>
    <message>
        <source>A table file or image folder to open, or image files whose text the Text from Images page reads.</source>
        <translation>Un archivo de tabla o una carpeta de imágenes para abrir, o archivos de imagen cuyo texto lee la página Texto de imágenes.</translation>
    </message>
</context>
<context>
    <name>CandidateStatus</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <source>numeric</source>
        <translation>numérica</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>categórica</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>variable</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
</context>
<context>
    <name>DisplayUnits</name>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>%1: %2 cell is not a number and reads as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 celda no es un número y se lee como ausente (la fila de datos %3 contiene &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 cells are not a number and read as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 celdas no son números y se leen como ausentes (la fila de datos %3 contiene &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>constant: every training value is missing</source>
        <translation>constante: falta todo valor de entrenamiento</translation>
    </message>
    <message>
        <source>constant: one value in every training row</source>
        <translation>constante: un solo valor en todas las filas de entrenamiento</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <source>id-like: a distinct integer in each of the %1 training rows</source>
        <translation>tipo clave: un entero distinto en cada una de las %1 filas de entrenamiento</translation>
    </message>
    <message>
        <source>id-like: a distinct %1-digit code in each of the %2 training rows</source>
        <translation>tipo clave: un código distinto de %1 dígitos en cada una de las %2 filas de entrenamiento</translation>
    </message>
    <message>
        <source>high-cardinality text: %1 distinct values in %2 rows</source>
        <translation>texto libre: %1 valores distintos en %2 filas</translation>
    </message>
    <message>
        <source>id-like: a distinct value in each of the %1 training rows</source>
        <translation>tipo clave: un valor distinto en cada una de las %1 filas de entrenamiento</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaria</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>multiclase</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source> (on %1 of %2 folds: the rest would exceed its time limit)</source>
        <translation> (en %1 de %2 pliegues: el resto superaría su límite de tiempo)</translation>
    </message>
    <message>
        <source> (%1 cut from %2 to %3 by its time limit)</source>
        <translation> (%1 recortado de %2 a %3 por su límite de tiempo)</translation>
    </message>
    <message>
        <source>no ensemble: the metric is not finite on any fold of its predictions</source>
        <translation>sin conjunto: la métrica no es finita en ningún pliegue de sus predicciones</translation>
    </message>
    <message>
        <source>#%1 ensemble of %2 candidates: %3=%4</source>
        <translation>#%1 conjunto de %2 candidatos: %3=%4</translation>
    </message>
    <message>
        <source>chosen: #%1 ensemble; an ensemble is chosen whenever there is one within the latency budget (its score is cross-fitted, while the best single&apos;s is the best of many tries on the same folds)</source>
        <translation>elegido: #%1 conjunto; se elige un conjunto siempre que haya uno dentro del presupuesto de latencia (su puntuación es de ajuste cruzado, mientras que la del mejor individual es la mejor de muchos intentos en los mismos pliegues)</translation>
    </message>
    <message>
        <source>chosen: #%1 ensemble; an ensemble is chosen whenever there is one (its score is cross-fitted, while the best single&apos;s is the best of many tries on the same folds)</source>
        <translation>elegido: #%1 conjunto; se elige un conjunto siempre que lo haya (su puntuación es de ajuste cruzado, mientras que la del mejor individual es la mejor de muchos intentos en los mismos pliegues)</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the best score within the latency budget</source>
        <translation>elegido: #%1 %2, la mejor puntuación dentro del presupuesto de latencia</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the best score</source>
        <translation>elegido: #%1 %2, la mejor puntuación</translation>
    </message>
    <message>
        <source>ensemble: %1</source>
        <translation>conjunto: %1</translation>
    </message>
    <message>
        <source>importance: %1</source>
        <translation>importancia: %1</translation>
    </message>
    <message>
        <source>set aside, not features: %1</source>
        <translation>apartadas, no son variables: %1</translation>
    </message>
    <message>
        <source>%1 image(s) could not be read and are left out, the first: %2 (%3)</source>
        <translation>%1 imagen(es) no se pudieron leer y quedan fuera, la primera: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 rows without a value of &apos;%2&apos; are trained on in every fold, never validated</source>
        <translation>%1 filas sin valor de &apos;%2&apos; se entrenan en cada pliegue y nunca se validan</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 value(s) lie beyond 20 interquartile ranges of the middle half (%3 to %4), the farthest %5; squared-error metrics (R², RMSE) are dominated by such rows: check them, or choose --metric mae</source>
        <translation>&apos;%1&apos;: %2 valor(es) quedan a más de 20 rangos intercuartílicos de la mitad central (%3 a %4), el más lejano %5; las métricas de error cuadrático (R², RMSE) quedan dominadas por esas filas: revíselas o elija --metric mae</translation>
    </message>
    <message>
        <source>%1 rows without a value of &apos;%2&apos; are left out of training</source>
        <translation>%1 filas sin valor de &apos;%2&apos; quedan fuera del entrenamiento</translation>
    </message>
    <message>
        <source>validation: %1 (%2)</source>
        <translation>validación: %1 (%2)</translation>
    </message>
    <message>
        <source>validation: %1</source>
        <translation>validación: %1</translation>
    </message>
    <message>
        <source>no time left for feature importance (it can be computed later for any candidate)</source>
        <translation>no queda tiempo para la importancia de las variables (se puede calcular después para cualquier candidato)</translation>
    </message>
    <message>
        <source>no time left for feature importance: refitting the members on one fold takes about %1 s (it can be computed later for any candidate)</source>
        <translation>no queda tiempo para la importancia de las variables: reentrenar los miembros en un pliegue lleva unos %1 s (se puede calcular después para cualquier candidato)</translation>
    </message>
    <message>
        <source>resuming run %1: %2 candidates done, %3 s budget</source>
        <translation>reanudando la ejecución %1: %2 candidatos hechos, %3 s de presupuesto</translation>
    </message>
    <message>
        <source>run %1: %2 images, %3, metric %4, %5 s budget, families %6</source>
        <translation>ejecución %1: %2 imágenes, %3, métrica %4, %5 s de presupuesto, familias %6</translation>
    </message>
    <message>
        <source>run %1: %2 rows, %3, metric %4, %5 s budget, families %6</source>
        <translation>ejecución %1: %2 filas, %3, métrica %4, %5 s de presupuesto, familias %6</translation>
    </message>
    <message>
        <source>the strategy has nothing left to propose</source>
        <translation>la estrategia no tiene nada más que proponer</translation>
    </message>
    <message>
        <source>forward in time by &apos;%1&apos;: holdout of the last 20 %</source>
        <translation>hacia delante en el tiempo por &apos;%1&apos;: reserva del último 20 %</translation>
    </message>
    <message>
        <source>forward in time by &apos;%1&apos;: %2 folds</source>
        <translation>hacia delante en el tiempo por &apos;%1&apos;: %2 pliegues</translation>
    </message>
    <message>
        <source>holdout 80/20</source>
        <translation>reserva 80/20</translation>
    </message>
    <message>
        <source>%1 x %2-fold</source>
        <translation>%1 x %2 pliegues</translation>
    </message>
    <message>
        <source>%1-fold</source>
        <translation>%1 pliegues</translation>
    </message>
    <message>
        <source>above %1 rows one holdout measures well enough</source>
        <translation>por encima de %1 filas una reserva mide lo bastante bien</translation>
    </message>
    <message>
        <source>%1 rows x %2 columns: %3 folds need a budget of %4 s or more</source>
        <translation>%1 filas x %2 columnas: %3 pliegues necesitan un presupuesto de %4 s o más</translation>
    </message>
    <message>
        <source>variants, score change against fp32 on %1 held-out rows (%2 s):%3</source>
        <translation>variantes, cambio de puntuación frente a fp32 en %1 filas reservadas (%2 s):%3</translation>
    </message>
    <message>
        <source>variants: skipped (stopped)</source>
        <translation>variantes: omitidas (detenido)</translation>
    </message>
    <message>
        <source>variants: %1</source>
        <translation>variantes: %1</translation>
    </message>
    <message>
        <source>no data rows below the header</source>
        <translation>no hay filas de datos bajo la cabecera</translation>
    </message>
    <message>
        <source>no target column given (--target)</source>
        <translation>no se indicó la columna objetivo (--target)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is %2 and cannot be regressed; use --task binary or multiclass</source>
        <translation>el objetivo &apos;%1&apos; es %2 y no admite regresión; use --task binary o multiclass</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has no values (missing in every row)</source>
        <translation>el objetivo &apos;%1&apos; no tiene valores (falta en todas las filas)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has fewer than two values</source>
        <translation>el objetivo &apos;%1&apos; tiene menos de dos valores</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has the same value (%2) in every row; there is nothing to predict</source>
        <translation>el objetivo &apos;%1&apos; tiene el mismo valor (%2) en todas las filas; no hay nada que predecir</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has only one class</source>
        <translation>el objetivo &apos;%1&apos; tiene una sola clase</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has %2 classes; --task binary needs exactly two</source>
        <translation>el objetivo &apos;%1&apos; tiene %2 clases; --task binary necesita exactamente dos</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has a different class in each of its %2 rows: nothing to learn; a number to predict needs --task regression</source>
        <translation>el objetivo &apos;%1&apos; tiene una clase distinta en cada una de sus %2 filas: nada que aprender; predecir un número necesita --task regression</translation>
    </message>
    <message>
        <source>a folder, but not an image folder (expected one sub-folder per class holding png, jpg, bmp, tif or webp images)</source>
        <translation>una carpeta, pero no una carpeta de imágenes (se espera una subcarpeta por clase con imágenes png, jpg, bmp, tif o webp)</translation>
    </message>
    <message>
        <source>unterminated quote in the attribute name</source>
        <translation>comilla sin cerrar en el nombre del atributo</translation>
    </message>
    <message>
        <source>an @attribute needs a name and a type</source>
        <translation>un @attribute necesita un nombre y un tipo</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: nominal values miss the closing &apos;}&apos;</source>
        <translation>atributo &apos;%1&apos;: a los valores nominales les falta la &apos;}&apos; de cierre</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: unterminated quote</source>
        <translation>atributo &apos;%1&apos;: comilla sin cerrar</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: relational attributes are not supported</source>
        <translation>atributo &apos;%1&apos;: los atributos relacionales no son compatibles</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: unknown type &apos;%2&apos;</source>
        <translation>atributo &apos;%1&apos;: tipo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is numeric but the value is &apos;%2&apos;</source>
        <translation>el atributo &apos;%1&apos; es numérico, pero el valor es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not one of the declared values of attribute &apos;%2&apos;</source>
        <translation>el valor &apos;%1&apos; no es uno de los valores declarados del atributo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>relational ARFF (@end) is not supported</source>
        <translation>el ARFF relacional (@end) no es compatible</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the ARFF header</source>
        <translation>&apos;%1&apos; inesperado en la cabecera ARFF</translation>
    </message>
    <message>
        <source>an ARFF file starts with @relation</source>
        <translation>un archivo ARFF empieza con @relation</translation>
    </message>
    <message>
        <source>@data before any @attribute</source>
        <translation>@data antes de cualquier @attribute</translation>
    </message>
    <message>
        <source>bad sparse entry &apos;%1&apos;</source>
        <translation>entrada dispersa incorrecta &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>se esperaban %1 campos, se encontraron %2</translation>
    </message>
    <message>
        <source>ARFF file without @data</source>
        <translation>archivo ARFF sin @data</translation>
    </message>
    <message>
        <source>duplicate attribute name &apos;%1&apos;</source>
        <translation>nombre de atributo duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is a date but the value is &apos;%2&apos;</source>
        <translation>el atributo &apos;%1&apos; es una fecha, pero el valor es &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote (the quote opened here never closes)</source>
        <translation>comilla sin cerrar (la comilla abierta aquí nunca se cierra)</translation>
    </message>
    <message>
        <source>no data: the file holds only blank lines</source>
        <translation>sin datos: el archivo solo contiene líneas en blanco</translation>
    </message>
    <message>
        <source>the first record is longer than 512 KiB: not a table?</source>
        <translation>el primer registro ocupa más de 512 KiB: ¿no es una tabla?</translation>
    </message>
    <message>
        <source>duplicate column name &apos;%1&apos; (columns %2 and %3)</source>
        <translation>nombre de columna duplicado &apos;%1&apos; (columnas %2 y %3)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>not an image folder: the images must sit in one sub-folder per class</source>
        <translation>no es una carpeta de imágenes: las imágenes deben estar en una subcarpeta por clase</translation>
    </message>
    <message>
        <source>not an image folder: expected one sub-folder per class holding images (png, jpg, bmp, tif, webp)</source>
        <translation>no es una carpeta de imágenes: se espera una subcarpeta por clase con imágenes (png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>is an image folder, not a table file</source>
        <translation>es una carpeta de imágenes, no un archivo de tabla</translation>
    </message>
    <message>
        <source>is a folder but not an image folder (expected one sub-folder per class holding images)</source>
        <translation>es una carpeta, pero no una carpeta de imágenes (se espera una subcarpeta por clase con imágenes)</translation>
    </message>
    <message>
        <source>duplicate column name &apos;%1&apos;</source>
        <translation>nombre de columna duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;</source>
        <translation>no hay ninguna columna llamada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx workbook? save it as CSV)</source>
        <translation>un archivo ZIP (¿un libro .xlsx? guárdelo como CSV)</translation>
    </message>
    <message>
        <source>gzip-compressed (decompress it first)</source>
        <translation>comprimido con gzip (descomprímalo primero)</translation>
    </message>
    <message>
        <source>an OLE document (an .xls workbook? save it as CSV)</source>
        <translation>un documento OLE (¿un libro .xls? guárdelo como CSV)</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>an executable</source>
        <translation>un ejecutable</translation>
    </message>
    <message>
        <source>bzip2-compressed (decompress it first)</source>
        <translation>comprimido con bzip2 (descomprímalo primero)</translation>
    </message>
    <message>
        <source>xz-compressed (decompress it first)</source>
        <translation>comprimido con xz (descomprímalo primero)</translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation>un archivo Parquet</translation>
    </message>
    <message>
        <source>not a text table: binary content (%1 control bytes in the first %2)</source>
        <translation>no es una tabla de texto: contenido binario (%1 bytes de control en los primeros %2)</translation>
    </message>
    <message>
        <source>not a table: this is an HTML page</source>
        <translation>no es una tabla: es una página HTML</translation>
    </message>
    <message>
        <source>not a table: this is an XML document</source>
        <translation>no es una tabla: es un documento XML</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message>
        <source>not a text table: this is %1</source>
        <translation>no es una tabla de texto: esto es %1</translation>
    </message>
    <message>
        <source>not a text table: NUL characters in UTF-16 text</source>
        <translation>no es una tabla de texto: caracteres NUL en texto UTF-16</translation>
    </message>
    <message>
        <source>not a text table: NUL byte at offset %1</source>
        <translation>no es una tabla de texto: byte NUL en la posición %1</translation>
    </message>
    <message>
        <source>not a text table: binary content (neither UTF-8 nor Latin-1 text)</source>
        <translation>no es una tabla de texto: contenido binario (ni texto UTF-8 ni Latin-1)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a table file</source>
        <translation>es una carpeta, no un archivo de tabla</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>file is too large to load: %1 needs about %2 of memory, %3 available</source>
        <translation>el archivo es demasiado grande para cargarlo: %1 necesita unos %2 de memoria, hay %3 disponibles</translation>
    </message>
    <message>
        <source>file shrank while reading</source>
        <translation>el archivo se redujo durante la lectura</translation>
    </message>
    <message>
        <source> (data row %1 holds &apos;%2&apos;)</source>
        <translation> (la fila de datos %1 contiene &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>no row to predict (the file holds its header only)</source>
        <translation>ninguna fila que predecir (el archivo solo contiene su cabecera)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>el archivo o la carpeta no existe</translation>
    </message>
    <message>
        <source>this model was trained on images; give an image file (png, jpg, bmp, tif, webp) or a folder of images</source>
        <translation>este modelo se entrenó con imágenes; indique un archivo de imagen (png, jpg, bmp, tif, webp) o una carpeta de imágenes</translation>
    </message>
    <message>
        <source>no such image file</source>
        <translation>el archivo de imagen no existe</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>a PDF, not an image: save its pages as PNG or JPEG</source>
        <translation>un PDF, no una imagen: guarde sus páginas como PNG o JPEG</translation>
    </message>
    <message>
        <source>truncated PNG (no IEND chunk)</source>
        <translation>PNG truncado (sin bloque IEND)</translation>
    </message>
    <message>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation>JPEG truncado (sin marcador de fin de imagen)</translation>
    </message>
    <message>
        <source>not a readable image (corrupt or unsupported format)</source>
        <translation>no es una imagen legible (dañada o en un formato no compatible)</translation>
    </message>
    <message>
        <source>not a readable image (%1)</source>
        <translation>no es una imagen legible (%1)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is missing (the preprocessing was fitted with it)</source>
        <translation>falta la columna &apos;%1&apos; (el preprocesamiento se ajustó con ella)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; held dates when the preprocessing was fitted; here not every value is a date (%2 then, optionally with a time)%3</source>
        <translation>la columna &apos;%1&apos; contenía fechas cuando se ajustó el preprocesamiento; aquí no todos los valores son fechas (entonces %2, opcionalmente con hora)%3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not numeric here but was numeric when the preprocessing was fitted%2</source>
        <translation>la columna &apos;%1&apos; no es numérica aquí, pero era numérica cuando se ajustó el preprocesamiento%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is numeric here but was categorical when the preprocessing was fitted</source>
        <translation>la columna &apos;%1&apos; es numérica aquí, pero era categórica cuando se ajustó el preprocesamiento</translation>
    </message>
    <message>
        <source>no image (png, jpg, bmp, tif, webp) in it</source>
        <translation>no contiene ninguna imagen (png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>no readable image (%1: %2)</source>
        <translation>ninguna imagen legible (%1: %2)</translation>
    </message>
    <message>
        <source>run %1 cannot go on: %2</source>
        <translation>la ejecución %1 no puede continuar: %2</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is not numeric in this file%2</source>
        <translation>el objetivo &apos;%1&apos; no es numérico en este archivo%2</translation>
    </message>
    <message>
        <source>no target column &apos;%1&apos;</source>
        <translation>no hay columna objetivo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds dates in the training file but not here%2</source>
        <translation>la columna &apos;%1&apos; contiene fechas en el archivo de entrenamiento, pero aquí no%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds numbers in the training file but not here%2</source>
        <translation>la columna &apos;%1&apos; contiene números en el archivo de entrenamiento, pero aquí no%2</translation>
    </message>
    <message>
        <source>missing column %1 (the training file has it)</source>
        <translation>falta la columna %1 (el archivo de entrenamiento la tiene)</translation>
    </message>
    <message>
        <source>missing columns %1 (the training file has them)</source>
        <translation>faltan las columnas %1 (el archivo de entrenamiento las tiene)</translation>
    </message>
    <message>
        <source>%1/%2: a folder inside a class folder; its images are not read</source>
        <translation>%1/%2: una carpeta dentro de una carpeta de clase; sus imágenes no se leen</translation>
    </message>
    <message>
        <source>%1: %2 extensionless file(s) not read (Tern reads png, jpg, bmp, tif, webp)</source>
        <translation>%1: %2 archivo(s) sin extensión no leído(s) (Tern lee png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>%1: %2 %3 file(s) not read (Tern reads png, jpg, bmp, tif, webp)</source>
        <translation>%1: %2 archivo(s) %3 no leído(s) (Tern lee png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>%1: no image in it, so not a class</source>
        <translation>%1: no contiene imágenes, así que no es una clase</translation>
    </message>
    <message>
        <source>%1 image(s) beside the class folders, in no class, are not read</source>
        <translation>%1 imagen(es) junto a las carpetas de clase, sin clase, no se leen</translation>
    </message>
    <message>
        <source>truncated or damaged PNG header</source>
        <translation>cabecera PNG truncada o dañada</translation>
    </message>
    <message>
        <source>PNG header with an invalid colour type</source>
        <translation>cabecera PNG con un tipo de color no válido</translation>
    </message>
    <message>
        <source>damaged JPEG: marker expected</source>
        <translation>JPEG dañado: se esperaba un marcador</translation>
    </message>
    <message>
        <source>truncated or damaged JPEG: no frame header</source>
        <translation>JPEG truncado o dañado: sin cabecera de fotograma</translation>
    </message>
    <message>
        <source>truncated BMP header</source>
        <translation>cabecera BMP truncada</translation>
    </message>
    <message>
        <source>truncated TIFF: directory not found</source>
        <translation>TIFF truncado: no se encontró el directorio</translation>
    </message>
    <message>
        <source>truncated or damaged WebP header</source>
        <translation>cabecera WebP truncada o dañada</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, BMP, TIFF or WebP image</source>
        <translation>no es una imagen PNG, JPEG, BMP, TIFF ni WebP</translation>
    </message>
    <message>
        <source>image header gives no size</source>
        <translation>la cabecera de la imagen no indica el tamaño</translation>
    </message>
    <message>
        <source>too large (%1 x %2 pixels; Tern reads images of up to %3 megapixels)</source>
        <translation>demasiado grande (%1 x %2 píxeles; Tern lee imágenes de hasta %3 megapíxeles)</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>cannot be decoded (%1)</source>
        <translation>no se puede decodificar (%1)</translation>
    </message>
    <message>
        <source>cannot be decoded (damaged image data)</source>
        <translation>no se puede decodificar (datos de imagen dañados)</translation>
    </message>
    <message>
        <source>unknown variable or function &apos;%1&apos; at position %2</source>
        <translation>variable o función desconocida &apos;%1&apos; en la posición %2</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 en la posición %2</translation>
    </message>
    <message>
        <source>metric expression is empty</source>
        <translation>la expresión de la métrica está vacía</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: &apos;=&apos; at position %2 assigns a value; compare with &apos;==&apos;, or leave it out; variables: %3</source>
        <translation>expresión de la métrica &apos;%1&apos;: &apos;=&apos; en la posición %2 asigna un valor; compare con &apos;==&apos; o quítelo; variables: %3</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: %2; variables: %3</source>
        <translation>expresión de la métrica &apos;%1&apos;: %2; variables: %3</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: %2 expressions separated by &apos;,&apos;; a metric is one expression; variables: %3</source>
        <translation>expresión de la métrica &apos;%1&apos;: %2 expresiones separadas por &apos;,&apos;; una métrica es una sola expresión; variables: %3</translation>
    </message>
    <message>
        <source>%1: on the %2 training rows of a validation fold no column can be a feature (%3); the table has too few rows for its folds to learn from</source>
        <translation>%1: en las %2 filas de entrenamiento de un pliegue de validación ninguna columna puede ser una variable (%3); la tabla tiene muy pocas filas para que sus pliegues aprendan</translation>
    </message>
    <message>
        <source>%1: no column can be a feature (%2)</source>
        <translation>%1: ninguna columna puede ser una variable (%2)</translation>
    </message>
    <message>
        <source>%1: no feature column besides the target &apos;%2&apos;</source>
        <translation>%1: no hay ninguna columna de variables aparte del objetivo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --time-column &apos;%2&apos;: %3</source>
        <translation>%1: --time-column &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: no row with a known target value (%2 rows: %3 without a target, %4 of a class the training rows lack)</source>
        <translation>%1: ninguna fila con un valor objetivo conocido (%2 filas: %3 sin objetivo, %4 de una clase que no tienen las filas de entrenamiento)</translation>
    </message>
    <message>
        <source>%1 distinct times among the rows with a target, too few for a forward holdout (at least %2 are needed)</source>
        <translation>%1 momentos distintos entre las filas con objetivo, muy pocos para una reserva hacia delante en el tiempo (se necesitan al menos %2)</translation>
    </message>
    <message>
        <source>%1 distinct times among the rows with a target, too few for %2 forward folds (at least %3 are needed)</source>
        <translation>%1 momentos distintos entre las filas con objetivo, muy pocos para %2 pliegues hacia delante en el tiempo (se necesitan al menos %3)</translation>
    </message>
    <message>
        <source>the candidate would exceed its time limit</source>
        <translation>el candidato superaría su límite de tiempo</translation>
    </message>
    <message>
        <source>the candidate exceeded its time limit</source>
        <translation>el candidato superó su límite de tiempo</translation>
    </message>
    <message>
        <source>the budget of %1 s ended before any candidate finished</source>
        <translation>el presupuesto de %1 s terminó antes de que terminara algún candidato</translation>
    </message>
    <message>
        <source>every candidate failed</source>
        <translation>todos los candidatos fallaron</translation>
    </message>
    <message>
        <source>every candidate failed: %1</source>
        <translation>todos los candidatos fallaron: %1</translation>
    </message>
    <message>
        <source>measuring the candidate&apos;s cost: %1</source>
        <translation>al medir el coste del candidato: %1</translation>
    </message>
    <message>
        <source>imputation &apos;none&apos; for %1 leaves missing values that none of the families asked for (%2) can read; xgboost can, or choose an imputer for it</source>
        <translation>la imputación «none» para %1 deja valores faltantes que ninguna de las familias pedidas (%2) puede leer; XGBoost puede, o elija un imputador</translation>
    </message>
    <message>
        <source>imputation &apos;none&apos; for %1 leaves missing values, which %2 cannot read: left out of this run</source>
        <translation>la imputación «none» para %1 deja valores faltantes, que %2 no puede leer: se omite en esta ejecución</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; at position %2 is out of range</source>
        <translation>el número «%1» en la posición %2 está fuera de rango</translation>
    </message>
    <message>
        <source>an image of %1 x %2 pixels is too small to hold text</source>
        <translation>una imagen de %1 x %2 píxeles es demasiado pequeña para contener texto</translation>
    </message>
    <message>
        <source>run %1 already has %2 searched candidates, and its limit is %3; resume --max-candidates N raises the limit (0: none)</source>
        <translation>la ejecución %1 ya tiene %2 candidatos buscados, y su límite es %3; resume --max-candidates N eleva el límite (0: ninguno)</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;: the file reads as having no header row, and its first data row holds &apos;%1&apos; in %2 (a header of numbers looks like data)</source>
        <translation>no hay columna llamada «%1»: el archivo se lee sin fila de encabezado, y su primera fila de datos contiene «%1» en %2 (un encabezado de números parece datos)</translation>
    </message>
    <message>
        <source>damaged PNG (no chunk type at byte %1)</source>
        <translation>PNG dañado (sin tipo de bloque en el byte %1)</translation>
    </message>
    <message>
        <source>damaged PNG (its %1 chunk runs past the end of the file)</source>
        <translation>PNG dañado (su bloque %1 pasa del final del archivo)</translation>
    </message>
    <message>
        <source>damaged PNG (its %1 chunk at byte %2 fails its checksum)</source>
        <translation>PNG dañado (su bloque %1 en el byte %2 no supera su suma de comprobación)</translation>
    </message>
    <message>
        <source>a run needs two or more classes (sub-folders) and more images than classes; readable images per class: %1</source>
        <translation>una ejecución necesita dos o más clases (subcarpetas) y más imágenes que clases; imágenes legibles por clase: %1</translation>
    </message>
    <message>
        <source>%1; %2 image(s) could not be read, the first: %3 (%4)</source>
        <translation>%1; no se pudieron leer %2 imagen(es), la primera: %3 (%4)</translation>
    </message>
    <message>
        <source>unterminated quote: field %1 opens with %2 and never closes it</source>
        <translation>comillas sin cerrar: el campo %1 empieza con %2 y nunca las cierra</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the one member of ensemble #%3</source>
        <translation>elegido: #%1 %2, el único miembro del conjunto #%3</translation>
    </message>
    <message>
        <source>#%1 ensemble of one candidate, #%2: %3=%4</source>
        <translation>#%1 conjunto de un candidato, #%2: %3=%4</translation>
    </message>
    <message>
        <source>chosen: #%1 %2; no candidate is within the latency budget of %3 µs, so the choice is among the fastest (#%4 %5 takes %6 µs)</source>
        <translation>elegido: #%1 %2; ningún candidato cabe en el presupuesto de latencia de %3 µs, así que se elige entre los más rápidos (#%4 %5 tarda %6 µs)</translation>
    </message>
    <message>
        <source>test file: %1</source>
        <translation>archivo de prueba: %1</translation>
    </message>
    <message>
        <source>id-like: a distinct value in each of the table&apos;s %1 rows, labelled or not</source>
        <translation>tipo clave: un valor distinto en cada una de las %1 filas de la tabla, con objetivo o sin él</translation>
    </message>
    <message>
        <source>the run store is locked by another process: finished candidates are held in memory until it is free, and the search goes on</source>
        <translation>el almacén de ejecuciones está bloqueado por otro proceso: los candidatos terminados se guardan en memoria hasta que quede libre, y la búsqueda continúa</translation>
    </message>
    <message>
        <source>the run store is free again: the candidates held for it are saved</source>
        <translation>el almacén de ejecuciones vuelve a estar libre: los candidatos retenidos para él están guardados</translation>
    </message>
    <message>
        <source>waiting for the run store, locked by another process</source>
        <translation>esperando al almacén de ejecuciones, bloqueado por otro proceso</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; varies only below float precision (%2 to %3), and models compute in float; subtract a constant or rescale it</source>
        <translation>el objetivo &apos;%1&apos; solo varía por debajo de la precisión de float (%2 a %3), y los modelos calculan en float; reste una constante o cambie su escala</translation>
    </message>
    <message>
        <source>a symbolic link that loops, not an image file</source>
        <translation>un enlace simbólico que forma un bucle, no un archivo de imagen</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or folder)</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o una carpeta)</translation>
    </message>
    <message>
        <source>out of memory (finished candidates are kept)</source>
        <translation>sin memoria (los candidatos terminados se conservan)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has %2 classes in %3 rows, and %4 of the rows are in classes of one or two rows: too few to learn a class and check it; a number to predict needs --task regression</source>
        <translation>el objetivo &apos;%1&apos; tiene %2 clases en %3 filas, y %4 de las filas están en clases de una o dos filas: demasiado pocas para aprender una clase y comprobarla; un número a predecir necesita --task regression</translation>
    </message>
    <message>
        <source>a folder that cannot be read (%1)</source>
        <translation>una carpeta que no se puede leer (%1)</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file (%1)</source>
        <translation>un enlace simbólico a un archivo que no existe (%1)</translation>
    </message>
    <message>
        <source>damaged JPEG data (%1)</source>
        <translation>datos JPEG dañados (%1)</translation>
    </message>
    <message>
        <source>%1: %2 number is infinite or beyond a float&apos;s range (3.4e38) and reads as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 número es infinito o está fuera del rango de float (3.4e38) y se lee como ausente (la fila de datos %3 contiene &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 numbers are infinite or beyond a float&apos;s range (3.4e38) and read as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 números son infinitos o están fuera del rango de float (3.4e38) y se leen como ausentes (la fila de datos %3 contiene &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 cells read as missing, %5 not a number and %6 infinite or beyond a float&apos;s range (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 celdas se leen como ausentes, %5 no son un número y %6 son infinitas o están fuera del rango de float (la fila de datos %3 contiene &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: read with decimal commas, as quoted in the file (&quot;1,234&quot; is 1.234)</source>
        <translation>%1: leída con comas decimales, como aparece entre comillas en el archivo (&quot;1,234&quot; es 1.234)</translation>
    </message>
    <message>
        <source>too large: %1 pages of %2 megapixels in all (Tern reads up to %3)</source>
        <translation>demasiado grande: %1 páginas con %2 megapíxeles en total (Tern lee hasta %3)</translation>
    </message>
</context>
<context>
    <name>FamilyLabel</name>
    <message>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Bosque aleatorio</translation>
    </message>
    <message>
        <source>Extra trees</source>
        <translation>Árboles extremos</translation>
    </message>
    <message>
        <source>k-NN</source>
        <translation>k-NN</translation>
    </message>
    <message>
        <source>RBF SVM</source>
        <translation>SVM RBF</translation>
    </message>
    <message>
        <source>Naive Bayes</source>
        <translation>Bayes ingenuo</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Conjunto</translation>
    </message>
</context>
<context>
    <name>OcrExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 (r = %2)</source>
        <extracomment>A ternary variant keeping fraction r of its residual blocks, e.g. &quot;ternary (r = 0.5)&quot;.</extracomment>
        <translation>%1 (r = %2)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>a key: a different value in every row</source>
        <translation>una clave: un valor distinto en cada fila</translation>
    </message>
    <message>
        <source>missing in every row</source>
        <translation>falta en todas las filas</translation>
    </message>
    <message>
        <source>one value in every row</source>
        <translation>un solo valor en todas las filas</translation>
    </message>
    <message>
        <source>free text: nearly every row different</source>
        <translation>texto libre: casi cada fila distinta</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
</context>
<context>
    <name>ValidationLabel</name>
    <message>
        <source>Random folds</source>
        <translation>Pliegues aleatorios</translation>
    </message>
    <message>
        <source>Forward in time by %1</source>
        <translation>Hacia adelante en el tiempo por %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::AboutDialog</name>
    <message>
        <source>About Tern</source>
        <translation>Acerca de Tern</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tern %1&lt;/h2&gt;&lt;p&gt;A desktop AutoML workbench: tables and image folders in, every candidate model compared by score, latency and size, models out in FP32, BF16, INT8 or ternary precision.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tern %1&lt;/h2&gt;&lt;p&gt;Un banco de trabajo AutoML de escritorio: entran tablas y carpetas de imágenes, cada modelo candidato se compara por puntuación, latencia y tamaño, y salen modelos en precisión FP32, BF16, INT8 o ternaria.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>compiled with %1</source>
        <translation>compilado con %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPU:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;CPU:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation>Copiar las versiones al portapapeles para un informe de error</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Bibliotecas en uso:</translation>
    </message>
</context>
<context>
    <name>tern::ui::AccuracyLatencyPlot</name>
    <message>
        <source>One-row latency p50 (µs, log scale)</source>
        <translation>Latencia de una fila p50 (µs, escala log.)</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Puntuación de validación cruzada</translation>
    </message>
    <message>
        <source>%1 variant</source>
        <translation>variante %1</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Frente de Pareto</translation>
    </message>
    <message>
        <source>No candidate with a score and a latency yet</source>
        <translation>Aún no hay ningún candidato con puntuación y latencia</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Presupuesto de latencia</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateDetails</name>
    <message>
        <source>custom metric</source>
        <translation>métrica propia</translation>
    </message>
    <message>
        <source>Decision threshold: %1 (the second class is predicted where its probability exceeds it; tuned on out-of-fold predictions, where 0.5 scored lower)</source>
        <translation>Umbral de decisión: %1 (se predice la segunda clase donde su probabilidad lo supera; ajustado con predicciones fuera de pliegue, donde 0,5 puntuó peor)</translation>
    </message>
    <message>
        <source>Candidate #%1 — %2 (%3)</source>
        <translation>Candidato #%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Fold scores: %1</source>
        <translation>Puntuaciones por pliegue: %1</translation>
    </message>
    <message>
        <source>  #%1 %2: %3 %</source>
        <translation>  #%1 %2: %3 %</translation>
    </message>
    <message>
        <source>Members (weight in the average of their predictions):</source>
        <translation>Miembros (peso en la media de sus predicciones):</translation>
    </message>
    <message>
        <source>Metrics over the pooled out-of-fold rows:</source>
        <translation>Métricas sobre todas las filas fuera de pliegue:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Score: %1 ± %2 over %3 validation folds</source>
        <translation>Puntuación: %1 ± %2 en %3 pliegues de validación</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Puntuación: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>— : no score on that fold (it lacks a class, or the metric is undefined there); the score is read on the pooled out-of-fold rows.</source>
        <translation>— : sin puntuación en ese pliegue (le falta una clase, o la métrica no está definida ahí); la puntuación se mide sobre todas las filas fuera de pliegue.</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateResultsPanel</name>
    <message>
        <source>Compute importance</source>
        <translation>Calcular importancia</translation>
    </message>
    <message>
        <source>Counts and row %</source>
        <translation>Recuentos y % por fila</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>% por fila</translation>
    </message>
    <message>
        <source>What each cell shows; the colour is always the share of the actual class&apos;s rows</source>
        <translation>Lo que muestra cada celda; el color es siempre la proporción de las filas de la clase real</translation>
    </message>
    <message>
        <source>Out-of-fold predictions</source>
        <translation>Predicciones fuera de pliegue</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Importancia de las variables</translation>
    </message>
    <message>
        <source>Select a candidate to see its predictions.</source>
        <translation>Seleccione un candidato para ver sus predicciones.</translation>
    </message>
    <message>
        <source>Select a candidate to see its feature importance.</source>
        <translation>Seleccione un candidato para ver la importancia de sus variables.</translation>
    </message>
    <message>
        <source>Candidate #%1 has no predictions: it did not finish (%2).</source>
        <translation>El candidato #%1 no tiene predicciones: no llegó a terminar (%2).</translation>
    </message>
    <message>
        <source>The predictions of candidate #%1 are not available here.</source>
        <translation>Las predicciones del candidato #%1 no están disponibles aquí.</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1 once the engine is free…</source>
        <translation>Las predicciones del candidato #%1 se cargarán en cuanto el motor quede libre…</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1…</source>
        <translation>Cargando las predicciones del candidato #%1…</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1</source>
        <translation>Carga de las predicciones del candidato #%1</translation>
    </message>
    <message>
        <source>No importance: the candidate did not finish.</source>
        <translation>Sin importancia: el candidato no llegó a terminar.</translation>
    </message>
    <message>
        <source>Computing feature importance…</source>
        <translation>Calculando la importancia de las variables…</translation>
    </message>
    <message>
        <source>Not computed for this candidate yet: press Compute importance.
(A run computes it for its best when its budget leaves time.)</source>
        <translation>Aún no calculada para este candidato: pulse «Calcular importancia».
(Una ejecución la calcula para el mejor cuando su presupuesto deja tiempo.)</translation>
    </message>
    <message>
        <source>Computing the feature importance of candidate #%1</source>
        <translation>Cálculo de la importancia de las variables del candidato #%1</translation>
    </message>
    <message>
        <source>Cannot show the predictions: %1</source>
        <translation>No se pueden mostrar las predicciones: %1</translation>
    </message>
    <message>
        <source>Cannot compute the importance: %1</source>
        <translation>No se puede calcular la importancia: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop computing the importance (nothing is stored)</source>
        <translation>Detener el cálculo de la importancia (no se guarda nada)</translation>
    </message>
    <message>
        <source>Permutation importance on the candidate&apos;s out-of-fold rows (refits it per fold; stored with the candidate). Runs beside a live run at lower priority.</source>
        <translation>Importancia por permutación en las filas fuera de pliegue del candidato (lo reentrena en cada pliegue; se guarda con el candidato). Se ejecuta junto a una ejecución en curso con menor prioridad.</translation>
    </message>
    <message>
        <source>Not computed yet for this candidate
(computing it stops the one for candidate #%1).</source>
        <translation>Aún no calculada para este candidato
(calcularla detiene la del candidato #%1).</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateTableModel</name>
    <message>
        <source>Scored on %1 of the run&apos;s %2 validation folds: the rest would have exceeded its time limit, so this score is noisier than those of candidates scored on every fold</source>
        <translation>Puntuado en %1 de los %2 pliegues de validación de la ejecución: el resto habría superado su límite de tiempo, así que esta puntuación es más ruidosa que la de los candidatos puntuados en todos los pliegues</translation>
    </message>
    <message>
        <source>Size of the fitted model with its preprocessing, serialised without compression (model.tern compresses it, usually to less)</source>
        <translation>Tamaño del modelo ajustado con su preprocesamiento, serializado sin compresión (model.tern lo comprime, normalmente a menos)</translation>
    </message>
    <message>
        <source>%1 over all out-of-fold predictions pooled (each row predicted by a model that did not train on it); Score is the mean of the per-fold values, so the two can differ a little</source>
        <translation>%1 sobre todas las predicciones fuera de pliegue agrupadas (cada fila predicha por un modelo que no se entrenó con ella); la puntuación es la media de los valores por pliegue, así que ambas pueden diferir un poco</translation>
    </message>
    <message>
        <source>%1 variant: the candidate&apos;s score moved by the change the variant showed against fp32 on the held-out rows both were scored on (%2 against %3)</source>
        <translation>Variante %1: la puntuación del candidato desplazada por el cambio que la variante mostró frente a fp32 en las filas reservadas en que se puntuaron ambas (%2 frente a %3)</translation>
    </message>
    <message>
        <source>%1 variant of this candidate, scored on its out-of-fold rows</source>
        <translation>Variante %1 de este candidato, puntuada en sus filas fuera de pliegue</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Score ± std</source>
        <translation>Puntuación ± desv.</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Desv. típ.</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Tiempo de ajuste</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latencia p99</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Filas/s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Slower than the run&apos;s latency budget</source>
        <translation>Más lento que el presupuesto de latencia de la ejecución</translation>
    </message>
    <message>
        <source>The run&apos;s metric on cross-validation: the mean over the folds (forward in time, weighted towards the folds with more history) ± their standard deviation</source>
        <translation>La métrica de la ejecución en validación cruzada: la media de los pliegues (hacia adelante en el tiempo, ponderada hacia los pliegues con más historia) ± su desviación estándar</translation>
    </message>
    <message>
        <source>Mean time to fit the candidate on one fold</source>
        <translation>Tiempo medio para ajustar el candidato en un pliegue</translation>
    </message>
    <message>
        <source>Median time to predict one row, preprocessing included, on one thread</source>
        <translation>Mediana del tiempo para predecir una fila, con el preprocesado, en un hilo</translation>
    </message>
    <message>
        <source>99th percentile of the time to predict one row</source>
        <translation>Percentil 99 del tiempo para predecir una fila</translation>
    </message>
    <message>
        <source>Rows predicted per second in batches of up to 1,000</source>
        <translation>Filas predichas por segundo en lotes de hasta 1.000</translation>
    </message>
    <message>
        <source>Failed and timed-out candidates show their error as a tooltip</source>
        <translation>Los candidatos fallidos o con tiempo agotado muestran su error como información emergente</translation>
    </message>
    <message>
        <source>(%1 of %2 folds)</source>
        <translation>(%1 de %2 pliegues)</translation>
    </message>
    <message>
        <source>#%1 %2 scores %3 against %4</source>
        <translation>#%1 %2 obtiene %3 frente a %4</translation>
    </message>
    <message>
        <source>%1, but it is slower than the run&apos;s latency budget.</source>
        <translation>%1, pero es más lento que el presupuesto de latencia de la ejecución.</translation>
    </message>
    <message>
        <source>%1: a single candidate&apos;s score is the best of many tries on the same folds, which flatters it, so the run chose the ensemble. Select #%2 and export it if you prefer it.</source>
        <translation>%1: la puntuación de un candidato individual es la mejor de muchos intentos en los mismos pliegues, lo que la favorece, así que la ejecución eligió el conjunto. Seleccione #%2 y expórtelo si lo prefiere.</translation>
    </message>
    <message>
        <source>#%1 Ensemble holds #%2 alone: the run chose #%2 itself, which exports in every precision its family has.</source>
        <translation>#%1 Conjunto contiene solo #%2: la ejecución eligió #%2 mismo, que se exporta en todas las precisiones de su familia.</translation>
    </message>
    <message>
        <source>The run&apos;s chosen model. An ensemble of two or more members is chosen whenever the run has one: its score is measured on rows its weights were not chosen on, while a single candidate&apos;s is the best of many tries on the same folds, which flatters it. Without an ensemble, the best score. Within the latency budget, when there is one; when no candidate meets it, the best of the fastest. Any other candidate can be exported instead.</source>
        <translation>El modelo elegido de la ejecución. Se elige un conjunto de dos o más miembros siempre que la ejecución tenga uno: su puntuación se mide en filas en las que no se eligieron sus pesos, mientras que la de un candidato individual es la mejor de muchos intentos en los mismos pliegues, lo que la favorece. Sin conjunto, la mejor puntuación. Dentro del presupuesto de latencia, si lo hay; si ningún candidato lo cumple, el mejor de los más rápidos. Cualquier otro candidato puede exportarse en su lugar.</translation>
    </message>
    <message>
        <source>%1, but no candidate meets the run&apos;s latency budget, so the run chose among the fastest.</source>
        <translation>%1, pero ningún candidato cumple el presupuesto de latencia de la ejecución, así que la ejecución eligió entre los más rápidos.</translation>
    </message>
</context>
<context>
    <name>tern::ui::ClassCountsModel</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Proporción %</translation>
    </message>
</context>
<context>
    <name>tern::ui::ConfusionMatrixModel</name>
    <message>
        <source>%1 rows of class %2 predicted as %3 (%4 % of the class)</source>
        <translation>%1 filas de la clase %2 predichas como %3 (%4 % de la clase)</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>predicha %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>real %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::ConfusionMatrixPlot</name>
    <message>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <source>Actual class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <source>No confusion matrix</source>
        <translation>Sin matriz de confusión</translation>
    </message>
    <message>
        <source>Actual: %1
Predicted: %2
Count: %3 of %4 (%5)</source>
        <translation>Real: %1
Predicha: %2
Recuento: %3 de %4 (%5)</translation>
    </message>
    <message>
        <source>Actual class: %1
Rows: %2</source>
        <translation>Clase real: %1
Filas: %2</translation>
    </message>
    <message>
        <source>Predicted class: %1
Rows predicted: %2</source>
        <translation>Clase predicha: %1
Filas predichas: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::DataPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>No hay datos cargados</translation>
    </message>
    <message>
        <source>Stop loading and keep the current data (Esc)</source>
        <translation>Detener la carga y conservar los datos actuales (Esc)</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Cargando %1</translation>
    </message>
    <message>
        <source>Open Data File</source>
        <translation>Abrir archivo de datos</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.arff);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.tsv *.txt *.arff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Cargando %1…</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1... about %n second(s) left</source>
        <translation>
            <numerusform>Cargando %1… queda %n segundo aproximadamente</numerusform>
            <numerusform>Cargando %1… quedan unos %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 in %2 s</source>
        <translation>%1 cargado en %2 s</translation>
    </message>
    <message>
        <source>Could not open the data: %1</source>
        <translation>No se pudieron abrir los datos: %1</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Nada cargado</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>Se conserva %1</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Carga cancelada</translation>
    </message>
</context>
<context>
    <name>tern::ui::DropHint</name>
    <message>
        <source>Drop a data file or an image folder here</source>
        <translation>Suelte aquí un archivo de datos o una carpeta de imágenes</translation>
    </message>
    <message>
        <source>CSV, TSV or ARFF tables, or a folder with one sub-folder of images per class.</source>
        <translation>Tablas CSV, TSV o ARFF, o una carpeta con una subcarpeta de imágenes por clase.</translation>
    </message>
    <message>
        <source>Open File...</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open Folder...</source>
        <translation>Abrir carpeta…</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportCandidatePicker</name>
    <message>
        <source>The AutoML run whose candidate you export</source>
        <translation>La ejecución de AutoML cuyo candidato exporta</translation>
    </message>
    <message>
        <source>The candidate to export: the winner, or any other that fits your latency budget</source>
        <translation>El candidato que se exporta: el ganador u otro que quepa en su presupuesto de latencia</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Ejecución:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidato:</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>No se pueden leer las ejecuciones: %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 → %3 (%4)</source>
        <translation>Ejecución %1 · %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>No se puede leer la ejecución %1: %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportJobPanel</name>
    <message>
        <source>The model was trained on %1.</source>
        <translation>El modelo se entrenó con %1.</translation>
    </message>
    <message>
        <source>The store could not record the export: %1</source>
        <translation>El almacén no pudo registrar la exportación: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation>&amp;Predecir…</translation>
    </message>
    <message>
        <source>The numeric precision of the exported model</source>
        <translation>La precisión numérica del modelo exportado</translation>
    </message>
    <message>
        <source>Write model.onnx, model.tern and model_card.json into a new folder</source>
        <translation>Escribir model.onnx, model.tern y model_card.json en una carpeta nueva</translation>
    </message>
    <message>
        <source>Stop the export; nothing is left behind</source>
        <translation>Detener la exportación; no queda nada a medias</translation>
    </message>
    <message>
        <source>Show the exported folder in the file manager</source>
        <translation>Mostrar la carpeta exportada en el gestor de archivos</translation>
    </message>
    <message>
        <source>Load an exported model (the last one written here) and predict a table with it</source>
        <translation>Cargar un modelo exportado (el último escrito aquí) y predecir una tabla con él</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Pre&amp;cision:</source>
        <translation>Pre&amp;cisión:</translation>
    </message>
    <message>
        <source>Export candidate %1 (%2)</source>
        <translation>Exportar el candidato %1 (%2)</translation>
    </message>
    <message>
        <source>Wrote %1 (model.tern %2).</source>
        <translation>Escrito %1 (model.tern %2).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export into a new sub-folder %1 of</source>
        <translation>Exportar a una subcarpeta nueva %1 de</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportPage</name>
    <message>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <source>evaluating…</source>
        <translation>evaluando…</translation>
    </message>
    <message>
        <source>Export a model</source>
        <translation>Exportar un modelo</translation>
    </message>
    <message>
        <source>Choose a candidate and see what each precision costs it before you export: model.onnx runs in ONNX Runtime, model.tern in Tern, model_card.json describes it.</source>
        <translation>Elija un candidato y vea lo que le cuesta cada precisión antes de exportarlo: model.onnx se ejecuta en ONNX Runtime, model.tern en Tern y model_card.json lo describe.</translation>
    </message>
    <message>
        <source>Fraction of ternary residual blocks kept at inference: fewer blocks, less compute, usually a lower score. No retraining needed.</source>
        <translation>Fracción de bloques residuales ternarios que se conservan en la inferencia: menos bloques, menos cálculo y normalmente menor puntuación. Sin reentrenar.</translation>
    </message>
    <message>
        <source>Ternary residual &amp;blocks kept:</source>
        <translation>&amp;Bloques residuales ternarios conservados:</translation>
    </message>
    <message>
        <source>Cannot evaluate the ternary variant: %1</source>
        <translation>No se puede evaluar la variante ternaria: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Run %1 has no finished candidate #%2 in %3.</source>
        <translation>La ejecución %1 no tiene ningún candidato #%2 terminado en %3.</translation>
    </message>
    <message>
        <source>No finished candidate yet: run AutoML on the Run page, or pick another run.</source>
        <translation>Aún no hay ningún candidato terminado: ejecute AutoML en la página Ejecución o elija otra ejecución.</translation>
    </message>
    <message>
        <source>Only fp32 for %1 candidates: bf16, int8 and ternary variants exist for MLP and linear models, whose weights are dense layers that can be quantised.</source>
        <translation>Solo fp32 para candidatos %1: las variantes bf16, int8 y ternaria existen para modelos MLP y lineales, cuyos pesos son capas densas que se pueden cuantizar.</translation>
    </message>
    <message>
        <source>This run has none.</source>
        <translation>Esta ejecución no tiene ninguno.</translation>
    </message>
    <message>
        <source>The best of them in this run: %1.</source>
        <translation>El mejor de ellos en esta ejecución: %1.</translation>
    </message>
    <message>
        <source>The search stored no precision variants for this candidate; export quantises it anyway and the slider measures ternary on demand.</source>
        <translation>La búsqueda no guardó variantes de precisión para este candidato; la exportación lo cuantiza igualmente y el control deslizante mide la ternaria cuando se pide.</translation>
    </message>
    <message>
        <source>Ternary at this fraction was measured just now on %1, so its change is against fp32 on those rows; the other rows come from the search&apos;s out-of-fold scores.</source>
        <translation>La ternaria con esta fracción se acaba de medir sobre %1, así que su cambio se compara con fp32 en esas filas; las demás filas vienen de las puntuaciones fuera de pliegue de la búsqueda.</translation>
    </message>
    <message>
        <source>bf16, int8 and ternary quantise this ensemble&apos;s MLP and linear members and keep its other members in fp32; the model card gives each member&apos;s precision.</source>
        <translation>bf16, int8 y ternario cuantizan los miembros MLP y lineales de este ensamble y mantienen los demás en fp32; la ficha del modelo indica la precisión de cada miembro.</translation>
    </message>
    <message>
        <source>bf16, int8 and ternary were measured just now on %1, so their changes are against fp32 on those rows.</source>
        <translation>bf16, int8 y ternario se acaban de medir en %1, así que sus cambios son frente a fp32 en esas filas.</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportablePlot</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tern::ui::HistoryPage</name>
    <message>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected run with its candidates and models, or the selected OCR job with its results (or press Delete on it)</source>
        <translation>Eliminar la ejecución seleccionada con sus candidatos y modelos, o el trabajo OCR seleccionado con sus resultados (o pulsar Supr sobre él)</translation>
    </message>
    <message>
        <source>Delete OCR Job</source>
        <translation>Eliminar trabajo OCR</translation>
    </message>
    <message>
        <source>Delete OCR job %1 with its results? This cannot be undone.</source>
        <translation>¿Eliminar el trabajo OCR %1 con sus resultados? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Could not delete OCR job %1</source>
        <translation>No se pudo eliminar el trabajo OCR %1</translation>
    </message>
    <message>
        <source>Deleted OCR job %1.</source>
        <translation>Trabajo OCR %1 eliminado.</translation>
    </message>
    <message>
        <source>Filter runs by dataset, target, metric, status or model</source>
        <translation>Filtrar ejecuciones por conjunto de datos, objetivo, métrica, estado o modelo</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Eliminar...</translation>
    </message>
    <message>
        <source>No run %1 in the store.</source>
        <translation>No hay ninguna ejecución %1 en el almacén.</translation>
    </message>
    <message numerus="yes">
        <source>Delete run %1 (%2, target %3) with its %n candidate(s), their models and predictions? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar la ejecución %1 (%2, objetivo %3) con su %n candidato, su modelo y sus predicciones? No se puede deshacer.</numerusform>
            <numerusform>¿Eliminar la ejecución %1 (%2, objetivo %3) con sus %n candidatos, sus modelos y sus predicciones? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete run %1</source>
        <translation>No se pudo eliminar la ejecución %1</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Ejecución %1 eliminada.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>AutoML runs</source>
        <translation>Ejecuciones de AutoML</translation>
    </message>
    <message>
        <source>OCR jobs</source>
        <translation>Trabajos de OCR</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected run on the Leaderboard, or the selected OCR job on its page (or press Enter on it)</source>
        <translation>Abrir la ejecución seleccionada en la clasificación, o el trabajo de OCR seleccionado en su página (o pulsar Intro sobre él)</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>No se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n ejecución, la más reciente primero.</numerusform>
            <numerusform>%n ejecuciones, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OCR job(s).</source>
        <translation>
            <numerusform>%n trabajo de OCR.</numerusform>
            <numerusform>%n trabajos de OCR.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter OCR jobs by status or file</source>
        <translation>Filtrar trabajos OCR por estado o archivo</translation>
    </message>
</context>
<context>
    <name>tern::ui::ImageFolderPanel</name>
    <message>
        <source>All %1 × %2 pixels.</source>
        <translation>Todas miden %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>%1 sizes, from %2 × %3 to %4 × %5 pixels.</source>
        <translation>%1 tamaños, de %2 × %3 a %4 × %5 píxeles.</translation>
    </message>
    <message>
        <source>Some entries are not read (hover for which).</source>
        <translation>Algunas entradas no se leen (pase el ratón para verlas).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Imágenes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 images in %2 classes.</source>
        <translation>%1 imágenes en %2 clases.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n archivo no se pudo leer y se omite.</numerusform>
            <numerusform>%n archivos no se pudieron leer y se omiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ImportancePlot</name>
    <message>
        <source>Importance per pixel
(%1 × %2 input image)</source>
        <translation>Importancia por píxel
(imagen de entrada de %1 × %2)</translation>
    </message>
    <message>
        <source>No single pixel lowers the score when shuffled: the models read the image as a whole</source>
        <translation>Ningún píxel por sí solo baja la puntuación al barajarlo: los modelos leen la imagen en conjunto</translation>
    </message>
    <message>
        <source>Pixel column</source>
        <translation>Columna de píxel</translation>
    </message>
    <message>
        <source>Pixel row</source>
        <translation>Fila de píxel</translation>
    </message>
    <message>
        <source>Metric drop</source>
        <translation>Caída de la métrica</translation>
    </message>
    <message>
        <source>Pixel row %1, column %2: %3 ± %4</source>
        <translation>Fila de píxel %1, columna %2: %3 ± %4</translation>
    </message>
    <message>
        <source>No feature importance</source>
        <translation>Sin importancia de variables</translation>
    </message>
    <message>
        <source>Top %1 of %2 features</source>
        <translation>Las %1 variables principales de %2</translation>
    </message>
    <message>
        <source>Permutation importance</source>
        <translation>Importancia por permutación</translation>
    </message>
    <message>
        <source>Metric drop when shuffled</source>
        <translation>Caída de métrica al permutar</translation>
    </message>
    <message numerus="yes">
        <source>+ %n colour input(s), top drop %1</source>
        <translation>
            <numerusform>+ %n entrada de color, mayor caída %1</numerusform>
            <numerusform>+ %n entradas de color, mayor caída %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ImputationDialog</name>
    <message>
        <source>Searched</source>
        <translation>Buscada</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Más frecuente</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k vecinos más cercanos</translation>
    </message>
    <message>
        <source>Iterative (regression on the other columns)</source>
        <translation>Iterativa (regresión sobre las demás columnas)</translation>
    </message>
    <message>
        <source>None: left missing (XGBoost only)</source>
        <translation>Ninguna: quedan faltantes (solo XGBoost)</translation>
    </message>
    <message>
        <source>Each candidate tries its own strategy; the search keeps what scores best.</source>
        <translation>Cada candidato prueba su propia estrategia; la búsqueda conserva la que mejor puntúa.</translation>
    </message>
    <message>
        <source>Missing cells read as 0.</source>
        <translation>Las celdas faltantes se leen como 0.</translation>
    </message>
    <message>
        <source>Missing cells are a category of their own.</source>
        <translation>Las celdas faltantes son una categoría propia.</translation>
    </message>
    <message>
        <source>Missing cells stay missing for the model. Only XGBoost reads them: the other families are left out of the run.</source>
        <translation>Las celdas faltantes siguen faltando para el modelo. Solo XGBoost las lee: las demás familias se omiten en la ejecución.</translation>
    </message>
    <message>
        <source>Imputation</source>
        <translation>Imputación</translation>
    </message>
    <message>
        <source>How the run fills each column&apos;s missing cells. No row is dropped for a missing value. Indicator columns that mark the filled cells are searched either way.</source>
        <translation>Cómo rellena la ejecución las celdas faltantes de cada columna. Ninguna fila se descarta por un valor faltante. Las columnas indicadoras que marcan las celdas rellenadas se buscan en todo caso.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>tern::ui::LeaderboardPage</name>
    <message>
        <source>%1 variant of #%2: its score and latency were measured; the predictions and importance shown are the fp32 model&apos;s.</source>
        <translation>Variante %1 de #%2: se midieron su puntuación y su latencia; las predicciones y la importancia mostradas son las del modelo fp32.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) set aside</source>
        <translation>
            <numerusform>%n columna apartada</numerusform>
            <numerusform>%n columnas apartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not features:</source>
        <translation>Apartadas, no son variables:</translation>
    </message>
    <message>
        <source>No candidate matches the filter.</source>
        <translation>Ningún candidato coincide con el filtro.</translation>
    </message>
    <message>
        <source>Run %1 was deleted.</source>
        <translation>La ejecución %1 se eliminó.</translation>
    </message>
    <message>
        <source>No run yet: start one on the Run page or reopen one from History.</source>
        <translation>Aún no hay ninguna ejecución: inicie una en la página Ejecución o vuelva a abrir una desde el Historial.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Filter by family or status…</source>
        <translation>Filtrar por familia o estado…</translation>
    </message>
    <message>
        <source>Export the selected candidate in fp32, bf16, int8 or ternary precision</source>
        <translation>Exportar el candidato seleccionado en precisión fp32, bf16, int8 o ternaria</translation>
    </message>
    <message>
        <source>Select a candidate to see its parameters and per-fold scores.</source>
        <translation>Seleccione un candidato para ver sus parámetros y sus puntuaciones por pliegue.</translation>
    </message>
    <message>
        <source>Predictions and importance</source>
        <translation>Predicciones e importancia</translation>
    </message>
    <message>
        <source>Parameters and scores</source>
        <translation>Parámetros y puntuaciones</translation>
    </message>
    <message>
        <source>Score vs latency</source>
        <translation>Puntuación frente a latencia</translation>
    </message>
    <message>
        <source>Best score over time</source>
        <translation>Mejor puntuación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Run %1 (in progress)</source>
        <translation>Ejecución %1 (en curso)</translation>
    </message>
    <message>
        <source>Run %1: %2 → %3 (%4, %5)</source>
        <translation>Ejecución %1: %2 → %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>No se puede abrir la ejecución %1: %2</translation>
    </message>
    <message>
        <source>custom metric</source>
        <translation>métrica propia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::MainWindow</name>
    <message>
        <source>Tern</source>
        <translation>Tern</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Text from Images</source>
        <translation>Texto de imágenes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Ready. Drop a table or an image folder on the window to begin.</source>
        <translation>Listo. Suelte una tabla o una carpeta de imágenes en la ventana para empezar.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a CSV, TSV or ARFF table</source>
        <translation>Abrir una tabla CSV, TSV o ARFF</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a folder of images, one sub-folder per class</source>
        <translation>Abrir una carpeta de imágenes, una subcarpeta por clase</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>Mostrar &amp;navegación</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>Mostrar barra de &amp;estado</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Tern</source>
        <translation>&amp;Acerca de Tern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Preferences saved. A new language applies after a restart.</source>
        <translation>Preferencias guardadas. Un nuevo idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>&amp;Predict with Exported Model…</source>
        <translation>&amp;Predecir con un modelo exportado…</translation>
    </message>
    <message>
        <source>Load a folder written by Export and predict a table with it</source>
        <translation>Cargar una carpeta escrita por Exportar y predecir una tabla con ella</translation>
    </message>
</context>
<context>
    <name>tern::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>tern::ui::Metric</name>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Exactitud equilibrada</translation>
    </message>
    <message>
        <source>F1 (macro)</source>
        <translation>F1 (macro)</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>AUC ROC</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Pérdida logarítmica</translation>
    </message>
    <message>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation>RMSE</translation>
    </message>
    <message>
        <source>MAE</source>
        <translation>MAE</translation>
    </message>
</context>
<context>
    <name>tern::ui::MetricChooser</name>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpresión:</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Mayor es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menor es mejor</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Mejor:</translation>
    </message>
    <message>
        <source>Task default</source>
        <translation>Predeterminada de la tarea</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>Expresión personalizada</translation>
    </message>
    <message>
        <source>e.g. (tp/(tp+fn)+tn/(tn+fp))/2</source>
        <translation>p. ej. (tp/(tp+fn)+tn/(tn+fp))/2</translation>
    </message>
    <message>
        <source>Enter an expression over tp, fp, tn, fn (or the regression errors).</source>
        <translation>Introduzca una expresión sobre tp, fp, tn, fn (o sobre los errores de regresión).</translation>
    </message>
    <message>
        <source>e.g. sqrt(mse)</source>
        <translation>p. ej. sqrt(mse)</translation>
    </message>
</context>
<context>
    <name>tern::ui::MissingValuesPlot</name>
    <message>
        <source>% of rows</source>
        <translation>% de filas</translation>
    </message>
    <message>
        <source>No missing values</source>
        <translation>Sin valores faltantes</translation>
    </message>
    <message numerus="yes">
        <source>% of rows (top %n)</source>
        <translation>
            <numerusform>% de filas (las %n con más)</numerusform>
            <numerusform>% de filas (las %n con más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG or PDF</source>
        <translation>Clic derecho para guardar el gráfico como PNG o PDF</translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrAttributes</name>
    <message>
        <source>Net quantity: %1</source>
        <translation>Cantidad neta: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Precio: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation>Ingredientes: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Lote: %1</translation>
    </message>
    <message>
        <source>(MRP)</source>
        <translation>(PVP)</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Consumir preferentemente antes de</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Fabricado</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Envasado</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrImageView</name>
    <message>
        <source>Ctrl+wheel zooms, drag pans, double-click fits</source>
        <translation>Ctrl+rueda amplía, arrastrar desplaza, doble clic ajusta</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (confianza %2)</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrPage</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>No se encontró texto</translation>
    </message>
    <message>
        <source>No text found · %1</source>
        <translation>No se encontró texto · %1</translation>
    </message>
    <message>
        <source>No text found in this image</source>
        <translation>No se encontró texto en esta imagen</translation>
    </message>
    <message numerus="yes">
        <source> · %n could not be read</source>
        <translation>
            <numerusform> · %n no se pudo leer</numerusform>
            <numerusform> · %n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Word confidence:</source>
        <translation>Confianza de palabra:</translation>
    </message>
    <message>
        <source>85 % or more</source>
        <translation>85 % o más</translation>
    </message>
    <message>
        <source>60–85 %</source>
        <translation>60–85 %</translation>
    </message>
    <message>
        <source>below 60 %</source>
        <translation>menos de 60 %</translation>
    </message>
    <message>
        <source>Text %1 (regions %2) · confidence %3 % · %4</source>
        <translation>Texto %1 (regiones %2) · confianza %3 % · %4</translation>
    </message>
    <message>
        <source>at %1°</source>
        <translation>a %1°</translation>
    </message>
    <message>
        <source>stacked vertically</source>
        <translation>apilado en vertical</translation>
    </message>
    <message>
        <source>Text %1 · confidence %2 % · %3</source>
        <translation>Texto %1 · confianza %2 % · %3</translation>
    </message>
    <message>
        <source>No net quantity, price, origin, ingredients, dates or batch found in the text.</source>
        <translation>No se encontró cantidad neta, precio, origen, ingredientes, fechas ni lote en el texto.</translation>
    </message>
    <message>
        <source>Drop product images or a folder here to read their text</source>
        <translation>Arrastre aquí imágenes de productos o una carpeta para leer su texto</translation>
    </message>
    <message>
        <source>Select an image to see its text</source>
        <translation>Seleccione una imagen para ver su texto</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>No se pudo leer esta imagen.</translation>
    </message>
    <message>
        <source>Drop product images or a folder here, or open them.</source>
        <translation>Arrastre aquí imágenes de productos o una carpeta, o ábralas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportar CSV...</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Exportar JSON...</translation>
    </message>
    <message>
        <source>Open Images...</source>
        <translation>Abrir imágenes...</translation>
    </message>
    <message>
        <source>Open Folder...</source>
        <translation>Abrir carpeta...</translation>
    </message>
    <message>
        <source>Read the text of product images (png, jpg, tiff, bmp, webp)</source>
        <translation>Leer el texto de imágenes de productos (png, jpg, tiff, bmp, webp)</translation>
    </message>
    <message>
        <source>Read every image in a folder and its sub-folders</source>
        <translation>Leer todas las imágenes de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Stop reading; the images already read are kept</source>
        <translation>Detener la lectura; las imágenes ya leídas se conservan</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Text of the selected image</source>
        <translation>Texto de la imagen seleccionada</translation>
    </message>
    <message>
        <source>Net quantity, price, origin, ingredients, dates, batch</source>
        <translation>Cantidad neta, precio, origen, ingredientes, fechas, lote</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>La lectura falló: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Opening OCR job %1</source>
        <translation>Abriendo el trabajo de OCR %1</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Leyendo...</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n image(s)</source>
        <translation>
            <numerusform>Cancelado tras %n imagen</numerusform>
            <numerusform>Cancelado tras %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n image(s)</source>
        <translation>
            <numerusform>%n imagen leída</numerusform>
            <numerusform>%n imágenes leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Abrir carpeta de imágenes</translation>
    </message>
    <message>
        <source>Export OCR Results</source>
        <translation>Exportar resultados de OCR</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Reading... %n image(s) read</source>
        <translation>
            <numerusform>Leyendo... %n imagen leída</numerusform>
            <numerusform>Leyendo... %n imágenes leídas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrWorker</name>
    <message numerus="yes">
        <source>The OCR worker crashed after %n image(s): %1</source>
        <translation>
            <numerusform>El proceso auxiliar de OCR falló tras %n imagen: %1</numerusform>
            <numerusform>El proceso auxiliar de OCR falló tras %n imágenes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The OCR worker ended with exit code %1</source>
        <translation>El proceso auxiliar de OCR terminó con el código de salida %1</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>La lectura falló: %1</translation>
    </message>
    <message>
        <source>Cannot start the OCR worker %1: %2</source>
        <translation>No se puede iniciar el proceso auxiliar de OCR %1: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::PredictDialog</name>
    <message>
        <source>No score: no row&apos;s target is a class the model knows (%1).</source>
        <translation>Sin puntuación: el objetivo de ninguna fila es una clase que el modelo conozca (%1).</translation>
    </message>
    <message>
        <source>No score: %1.</source>
        <translation>Sin puntuación: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of a class the model does not know (%1) are not scored.</source>
        <translation>
            <numerusform>%n fila de una clase que el modelo no conoce (%1) no se puntúa.</numerusform>
            <numerusform>%n filas de una clase que el modelo no conoce (%1) no se puntúan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target column may be absent; when the table holds it, the model is scored on it as well</source>
        <translation>El objetivo puede faltar; si la tabla lo incluye, el modelo también se puntúa con él</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on the %n row(s) with a known target.</source>
        <translation>
            <numerusform>%1 %2 en la %n fila con objetivo conocido.</numerusform>
            <numerusform>%1 %2 en las %n filas con objetivo conocido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows lie outside what the model learned; their predictions deserve less trust. %1</source>
        <translation>Algunas filas quedan fuera de lo que el modelo aprendió; sus predicciones merecen menos confianza. %1</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <source>Choose &amp;Images…</source>
        <translation>Elegir &amp;imágenes…</translation>
    </message>
    <message>
        <source>A folder of images (its sub-folders too), or drop one image here</source>
        <translation>Una carpeta de imágenes (con sus subcarpetas), o arrastre aquí una imagen</translation>
    </message>
    <message>
        <source>Choose a folder of images to predict</source>
        <translation>Elija una carpeta de imágenes para predecir</translation>
    </message>
    <message>
        <source>, predicts images</source>
        <translation>, predice imágenes</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and are left out, the first: %1 (%2)</source>
        <translation>
            <numerusform>%n imagen no se pudo leer y queda fuera: %1 (%2)</numerusform>
            <numerusform>%n imágenes no se pudieron leer y quedan fuera, la primera: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model once the running job ends…</source>
        <translation>Se cargará el modelo cuando termine el trabajo en curso…</translation>
    </message>
    <message>
        <source>Predicting once the running job ends…</source>
        <translation>Se predecirá cuando termine el trabajo en curso…</translation>
    </message>
    <message>
        <source>No model loaded: choose or drop an exported folder.</source>
        <translation>Ningún modelo cargado: elija o arrastre una carpeta exportada.</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Predecir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Guardar CSV…</translation>
    </message>
    <message>
        <source>Predict with an Exported Model</source>
        <translation>Predecir con un modelo exportado</translation>
    </message>
    <message>
        <source>A folder written by Export (holding model.tern)</source>
        <translation>Una carpeta escrita por Exportar (con model.tern)</translation>
    </message>
    <message>
        <source>A CSV, TSV or ARFF table with the model&apos;s columns</source>
        <translation>Una tabla CSV, TSV o ARFF con las columnas del modelo</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>Elegir &amp;modelo…</translation>
    </message>
    <message>
        <source>Choose &amp;Table…</source>
        <translation>Elegir &amp;tabla…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabla:</translation>
    </message>
    <message>
        <source>Load exported model</source>
        <translation>Cargar el modelo exportado</translation>
    </message>
    <message>
        <source>%1 model in %2</source>
        <translation>Modelo %1 en %2</translation>
    </message>
    <message>
        <source>, classes: %1</source>
        <translation>, clases: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation>Predecir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) predicted.</source>
        <translation>
            <numerusform>%n fila predicha.</numerusform>
            <numerusform>%n filas predichas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Prediciendo…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation>Elija una carpeta de modelo exportado</translation>
    </message>
    <message>
        <source>Choose a table to predict</source>
        <translation>Elija una tabla para predecir</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.arff);;All files (*)</source>
        <translation>Tablas (*.csv *.tsv *.txt *.arff);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save predictions</source>
        <translation>Guardar las predicciones</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 is neither an exported model folder nor a table.</source>
        <translation>%1 no es ni una carpeta de modelo exportado ni una tabla.</translation>
    </message>
</context>
<context>
    <name>tern::ui::PredictionTableModel</name>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <extracomment>Column header: the probability of one class.</extracomment>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::ResidualEvaluator</name>
    <message>
        <source>Ternary at residual fraction %1</source>
        <translation>Ternaria con fracción residual %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::ResidualPlot</name>
    <message>
        <source>Actual %1</source>
        <translation>%1 real</translation>
    </message>
    <message>
        <source>Predicted %1 (out of fold)</source>
        <translation>%1 predicho (fuera de pliegue)</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Valor real</translation>
    </message>
    <message>
        <source>Predicted value (out of fold)</source>
        <translation>Valor predicho (fuera de pliegue)</translation>
    </message>
    <message>
        <source>No predictions</source>
        <translation>Sin predicciones</translation>
    </message>
    <message>
        <source>%1 rows, RMSE %2</source>
        <translation>%1 filas, RMSE %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>Modelo elegido</translation>
    </message>
    <message>
        <source>The model the run chose (its best within the latency budget) and its cross-validated score</source>
        <translation>El modelo que eligió la ejecución (el mejor dentro del presupuesto de latencia) y su puntuación de validación cruzada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Presupuesto %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunPage</name>
    <message>
        <source>An image folder&apos;s class is the sub-folder each image is in</source>
        <translation>La clase de una carpeta de imágenes es la subcarpeta en la que está cada imagen</translation>
    </message>
    <message>
        <source>Not for regression: this target&apos;s task.</source>
        <translation>No para regresión, la tarea de este objetivo.</translation>
    </message>
    <message>
        <source>Not for classification: this target&apos;s task.</source>
        <translation>No para clasificación, la tarea de este objetivo.</translation>
    </message>
    <message>
        <source>Best so far:</source>
        <translation>Mejor hasta ahora:</translation>
    </message>
    <message>
        <source>Chosen model:</source>
        <translation>Modelo elegido:</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>Configuración de la ejecución</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <source>Forward-in-time validation needs a date column; this table has none.</source>
        <translation>La validación hacia adelante en el tiempo necesita una columna de fechas; esta tabla no tiene ninguna.</translation>
    </message>
    <message>
        <source>Forward in time: each fold trains on the rows before its validation block, as a forecast is used. Random folds flatter a model on dated rows.</source>
        <translation>Hacia adelante en el tiempo: cada pliegue entrena con las filas anteriores a su bloque de validación, como se usa un pronóstico. Los pliegues aleatorios embellecen un modelo en filas con fecha.</translation>
    </message>
    <message>
        <source>No table loaded (Data page).</source>
        <translation>No hay ninguna tabla cargada (página Datos).</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Clasificación binaria</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Clasificación multiclase</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regresión</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Presupuesto:</translation>
    </message>
    <message>
        <source>&amp;Families:</source>
        <translation>&amp;Familias:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> µs</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>Presupuesto de &amp;latencia:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Max &amp;candidates:</source>
        <translation>Máx. &amp;candidatos:</translation>
    </message>
    <message>
        <source>Refit the chosen model on all rows</source>
        <translation>Reajustar el modelo elegido con todas las filas</translation>
    </message>
    <message>
        <source>Off: keep the models fitted on the last fold, which is quicker on large data. A refit that would not fit the budget is skipped either way.</source>
        <translation>Desactivado: conservar los modelos ajustados en el último pliegue, más rápido con datos grandes. Un reajuste que no cabe en el presupuesto se omite en cualquier caso.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Resume interrupted</source>
        <translation>&amp;Reanudar la interrumpida</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Transcurrido:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Restante:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Candidatos:</translation>
    </message>
    <message>
        <source>The search&apos;s log appears here.</source>
        <translation>Aquí aparece el registro de la búsqueda.</translation>
    </message>
    <message>
        <source>AutoML run</source>
        <translation>Ejecución de AutoML</translation>
    </message>
    <message>
        <source>Resume run %1</source>
        <translation>Reanudar la ejecución %1</translation>
    </message>
    <message>
        <source>No interrupted or cancelled run to resume.</source>
        <translation>No hay ninguna ejecución interrumpida o cancelada que reanudar.</translation>
    </message>
    <message>
        <source>Run %1 %2: %3 candidates, %4 succeeded.</source>
        <translation>Ejecución %1 %2: %3 candidatos, %4 con éxito.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Ejecución cancelada.</translation>
    </message>
    <message>
        <source>Cancelling: the candidates already finished are kept.</source>
        <translation>Cancelando: se conservan los candidatos ya terminados.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Continue run %1 where it stopped</source>
        <translation>Continuar la ejecución %1 donde se detuvo</translation>
    </message>
    <message>
        <source>F&amp;olds:</source>
        <translation>Plie&amp;gues:</translation>
    </message>
    <message>
        <source>Cross-validation folds (forward in time: expanding-window folds). Every fold validates on at least two rows, so a small table needs fewer folds.</source>
        <translation>Pliegues de la validación cruzada (hacia adelante en el tiempo: ventanas crecientes). Cada pliegue valida con al menos dos filas, así que una tabla pequeña necesita menos pliegues.</translation>
    </message>
    <message>
        <source>Rows with a target and a date in %1: %2; a holdout of the latest 20 % needs at least %3.</source>
        <translation>Filas con objetivo y fecha en %1: %2; una reserva del 20 % más reciente necesita al menos %3.</translation>
    </message>
    <message>
        <source>Rows with a target: %1; a 20 % holdout needs at least %2.</source>
        <translation>Filas con objetivo: %1; una reserva del 20 % necesita al menos %2.</translation>
    </message>
    <message>
        <source>Rows with a target and a date in %1: %2; forward-in-time validation with %3 folds needs at least %4.</source>
        <translation>Filas con objetivo y fecha en %1: %2; la validación hacia adelante en el tiempo con %3 pliegues necesita al menos %4.</translation>
    </message>
    <message>
        <source>Rows with a target: %1; cross-validation with %2 folds needs at least %3, two to validate in each fold.</source>
        <translation>Filas con objetivo: %1; la validación cruzada con %2 pliegues necesita al menos %3, dos para validar en cada pliegue.</translation>
    </message>
    <message>
        <source>Set Folds to %1, or add rows.</source>
        <translation>Ponga Pliegues en %1 o añada filas.</translation>
    </message>
    <message>
        <source>Add rows to the table.</source>
        <translation>Añada filas a la tabla.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>No se puede iniciar: %1</translation>
    </message>
    <message>
        <source>&amp;Imputation:</source>
        <translation>&amp;Imputación:</translation>
    </message>
    <message>
        <source>Not needed for images</source>
        <translation>No hace falta para imágenes</translation>
    </message>
    <message>
        <source>No table loaded</source>
        <translation>Ninguna tabla cargada</translation>
    </message>
    <message>
        <source>No missing values</source>
        <translation>Sin valores faltantes</translation>
    </message>
    <message>
        <source>Searched…</source>
        <translation>Buscada…</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) pinned…</source>
        <translation>
            <numerusform>%n columna fijada…</numerusform>
            <numerusform>%n columnas fijadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with missing values. Choose how each is filled, or let the search choose.</source>
        <translation>
            <numerusform>%n columna con valores faltantes. Elija cómo se rellena, o deje que la búsqueda elija.</numerusform>
            <numerusform>%n columnas con valores faltantes. Elija cómo se rellena cada una, o deje que la búsqueda elija.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ScoreTimelinePlot</name>
    <message>
        <source>Seconds since the run started</source>
        <translation>Segundos desde el inicio de la ejecución</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Puntuación de validación cruzada</translation>
    </message>
    <message>
        <source>No scored candidate yet</source>
        <translation>Aún no hay ningún candidato puntuado</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>mejor hasta ahora</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>candidato</translation>
    </message>
</context>
<context>
    <name>tern::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tern starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie Tern.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>tern::ui::SummaryModel</name>
    <message numerus="yes">
        <source>%n of these cell(s) held words among the numbers, read as missing; the first, data row %1: &apos;%2&apos;</source>
        <translation>
            <numerusform>%n de estas celdas tenía una palabra entre los números, leída como ausente; la primera, fila de datos %1: &apos;%2&apos;</numerusform>
            <numerusform>%n de estas celdas tenían palabras entre los números, leídas como ausentes; la primera, fila de datos %1: &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>apartada</translation>
    </message>
    <message>
        <source>A run sets this column aside: %1</source>
        <translation>Una ejecución aparta esta columna: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltantes</translation>
    </message>
    <message>
        <source>Missing %</source>
        <translation>Faltantes %</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Desv. típ.</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Más frecuentes</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date (%1)</source>
        <translation>fecha (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Read with decimal commas, as quoted in the file (&quot;1,234&quot; is 1.234)</source>
        <translation>Leída con comas decimales, como aparece entre comillas en el archivo (&quot;1,234&quot; es 1.234)</translation>
    </message>
</context>
<context>
    <name>tern::ui::TableModel</name>
    <message>
        <source>Missing value</source>
        <translation>Valor faltante</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (objetivo)</translation>
    </message>
    <message>
        <source>%1: %2 column</source>
        <translation>%1: columna %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
</context>
<context>
    <name>tern::ui::TablePanel</name>
    <message numerus="yes">
        <source>, %n duplicate row(s)</source>
        <translation>
            <numerusform>, %n fila duplicada</numerusform>
            <numerusform>, %n filas duplicadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows equal to an earlier row in every column. A duplicate that lands in a validation fold is predicted from memory, which flatters the scores.</source>
        <translation>Filas iguales a una fila anterior en todas las columnas. Un duplicado que cae en un pliegue de validación se predice de memoria, lo que embellece las puntuaciones.</translation>
    </message>
    <message>
        <source>The column the models will learn to predict</source>
        <translation>La columna que los modelos aprenderán a predecir</translation>
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation>Columna &amp;objetivo:</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Resumen de columnas</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores faltantes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns, %3 missing cells</source>
        <translation>%1 filas × %2 columnas, %3 celdas faltantes</translation>
    </message>
</context>
<context>
    <name>tern::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Seguir los colores claros u oscuros del escritorio</translation>
    </message>
</context>
<context>
    <name>tern::ui::ThumbnailModel</name>
    <message>
        <source>%1
%2 × %3 px, class %4</source>
        <translation>%1
%2 × %3 px, clase %4</translation>
    </message>
</context>
<context>
    <name>tern::ui::VariantTableModel</name>
    <message>
        <source>Latency p50</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <source>fp32&apos;s score plus this variant&apos;s change against fp32 on the held-out rows both were scored on (%1 against %2)</source>
        <translation>La puntuación de fp32 más el cambio de esta variante frente a fp32 en las filas reservadas en que se puntuaron ambas (%1 frente a %2)</translation>
    </message>
    <message>
        <source>Evaluating the newest residual fraction…</source>
        <translation>Evaluando la fracción residual más reciente…</translation>
    </message>
    <message>
        <source>Score change against fp32, in points (hundredths)</source>
        <translation>Cambio de puntuación frente a fp32, en puntos (centésimas)</translation>
    </message>
    <message>
        <source>Measured now on %1; the change is against fp32 on the same rows</source>
        <translation>Medido ahora sobre %1; el cambio se compara con fp32 en las mismas filas</translation>
    </message>
    <message>
        <source>Ternary weights; the slider sets the fraction of residual blocks kept</source>
        <translation>Pesos ternarios; el control deslizante fija la fracción de bloques residuales conservados</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>vs fp32 (pts)</source>
        <translation>vs. fp32 (pts)</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Filas/s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Multiplies/row</source>
        <translation>Multiplicaciones/fila</translation>
    </message>
</context>
<context>
    <name>tern::ui::VariantTradeoffPlot</name>
    <message>
        <source>One-row latency p50 (µs, log scale)</source>
        <translation>Latencia de una fila p50 (µs, escala log.)</translation>
    </message>
    <message>
        <source>Score change vs fp32 (points)</source>
        <translation>Cambio de puntuación frente a fp32 (puntos)</translation>
    </message>
    <message>
        <source>No measured precision to draw yet</source>
        <translation>Aún no hay ninguna precisión medida que dibujar</translation>
    </message>
    <message>
        <source>ternary, stored fractions</source>
        <translation>ternaria, fracciones guardadas</translation>
    </message>
</context>
</TS>
