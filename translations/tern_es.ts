<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Application</name>
    <message>
        <source>Tern: desktop AutoML workbench</source>
        <translation>Tern: banco de trabajo AutoML de escritorio</translation>
    </message>
    <message>
        <source>A table file or image folder to open.</source>
        <translation>Un archivo de tabla o una carpeta de imágenes que abrir.</translation>
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
    <name>tern::ui::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the model you picked as FP32, BF16, INT8 or ternary: an ONNX file for other tools, Tern&apos;s own package and a model card with its metrics, latency and size.</source>
        <translation>Exporte el modelo elegido en FP32, BF16, INT8 o ternario: un archivo ONNX para otras herramientas, el paquete propio de Tern y una ficha del modelo con sus métricas, latencia y tamaño.</translation>
    </message>
</context>
<context>
    <name>tern::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every run, candidate, metric, exported model and OCR job is kept in Tern&apos;s database. Browse earlier runs here, compare them, and resume a run that was interrupted.</source>
        <translation>Cada ejecución, candidato, métrica, modelo exportado y trabajo de OCR se guarda en la base de datos de Tern. Consulte aquí las ejecuciones anteriores, compárelas y reanude una ejecución interrumpida.</translation>
    </message>
</context>
<context>
    <name>tern::ui::ImageFolderPanel</name>
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
    <name>tern::ui::LeaderboardPage</name>
    <message>
        <source>Leaderboard</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Every model the search tried, not only the winner: score, spread across folds, latency, throughput and size side by side, with an accuracy-versus-latency plot to pick the model that fits your latency budget.</source>
        <translation>Todos los modelos que probó la búsqueda, no solo el ganador: puntuación, dispersión entre particiones, latencia, rendimiento y tamaño lado a lado, con un gráfico de precisión frente a latencia para elegir el modelo que cabe en su presupuesto de latencia.</translation>
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
</context>
<context>
    <name>tern::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>tern::ui::MissingValuesPlot</name>
    <message>
        <source>Missing values (% of rows)</source>
        <translation>Valores faltantes (% de filas)</translation>
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
    <name>tern::ui::OcrPage</name>
    <message>
        <source>Text from Images</source>
        <translation>Texto de imágenes</translation>
    </message>
    <message>
        <source>Drop product images to read their text, whatever its orientation: rotated, upside-down, white on black or stacked vertically. Words, confidences and extracted attributes appear here and are kept in the history.</source>
        <translation>Suelte imágenes de productos para leer su texto, sea cual sea su orientación: girado, boca abajo, blanco sobre negro o apilado en vertical. Las palabras, las confianzas y los atributos extraídos aparecen aquí y se guardan en el historial.</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Start an AutoML run on the loaded data: choose the metric, the time budget and the model families, then watch every candidate being trained on the engine thread, with progress, an estimate of the time left and a Cancel button.</source>
        <translation>Inicie una ejecución AutoML sobre los datos cargados: elija la métrica, el presupuesto de tiempo y las familias de modelos, y vea cómo se entrena cada candidato en segundo plano, con progreso, una estimación del tiempo restante y un botón Cancelar.</translation>
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
</context>
<context>
    <name>tern::ui::TablePanel</name>
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
    <name>tern::ui::ThumbnailModel</name>
    <message>
        <source>%1
%2 × %3 px, class %4</source>
        <translation>%1
%2 × %3 px, clase %4</translation>
    </message>
</context>
</TS>
