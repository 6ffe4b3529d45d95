<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Tern: desktop AutoML workbench</source>
        <translation>Tern: AutoML-Werkbank für den Desktop</translation>
    </message>
    <message>
        <source>A table file or image folder to open.</source>
        <translation>Eine Tabellendatei oder ein Bildordner zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>ColumnLabels</name>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
</context>
<context>
    <name>tern::ui::AboutDialog</name>
    <message>
        <source>About Tern</source>
        <translation>Über Tern</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Tern %1&lt;/h2&gt;&lt;p&gt;A desktop AutoML workbench: tables and image folders in, every candidate model compared by score, latency and size, models out in FP32, BF16, INT8 or ternary precision.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tern %1&lt;/h2&gt;&lt;p&gt;Eine AutoML-Werkbank für den Desktop: Tabellen und Bildordner hinein, jedes Kandidatenmodell nach Güte, Latenz und Größe verglichen, Modelle heraus in FP32-, BF16-, INT8- oder ternärer Genauigkeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>compiled with %1</source>
        <translation>kompiliert mit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;CPU:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prozessor:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the versions to the clipboard, for a bug report</source>
        <translation>Versionen für einen Fehlerbericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Verwendete Bibliotheken:</translation>
    </message>
</context>
<context>
    <name>tern::ui::ClassCountsModel</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
</context>
<context>
    <name>tern::ui::DataPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>Stop loading and keep the current data (Esc)</source>
        <translation>Laden abbrechen und die aktuellen Daten behalten (Esc)</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Lade %1</translation>
    </message>
    <message>
        <source>Open Data File</source>
        <translation>Datendatei öffnen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.arff);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.arff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Lade %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Loading %1... about %n second(s) left</source>
        <translation>
            <numerusform>Lade %1 … noch etwa %n Sekunde</numerusform>
            <numerusform>Lade %1 … noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Loaded %1 in %2 s</source>
        <translation>%1 in %2 s geladen</translation>
    </message>
    <message>
        <source>Could not open the data: %1</source>
        <translation>Die Daten konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Nothing loaded</source>
        <translation>Nichts geladen</translation>
    </message>
    <message>
        <source>Kept %1</source>
        <translation>%1 beibehalten</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
</context>
<context>
    <name>tern::ui::DropHint</name>
    <message>
        <source>Drop a data file or an image folder here</source>
        <translation>Datendatei oder Bildordner hier ablegen</translation>
    </message>
    <message>
        <source>CSV, TSV or ARFF tables, or a folder with one sub-folder of images per class.</source>
        <translation>CSV-, TSV- oder ARFF-Tabellen oder ein Ordner mit einem Unterordner voller Bilder je Klasse.</translation>
    </message>
    <message>
        <source>Open File...</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Open Folder...</source>
        <translation>Ordner öffnen …</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the model you picked as FP32, BF16, INT8 or ternary: an ONNX file for other tools, Tern&apos;s own package and a model card with its metrics, latency and size.</source>
        <translation>Exportieren Sie das gewählte Modell in FP32, BF16, INT8 oder ternär: eine ONNX-Datei für andere Werkzeuge, Terns eigenes Paket und eine Modellkarte mit Metriken, Latenz und Größe.</translation>
    </message>
</context>
<context>
    <name>tern::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every run, candidate, metric, exported model and OCR job is kept in Tern&apos;s database. Browse earlier runs here, compare them, and resume a run that was interrupted.</source>
        <translation>Jeder Lauf, jeder Kandidat, jede Metrik, jedes exportierte Modell und jeder OCR-Auftrag wird in Terns Datenbank aufbewahrt. Hier blättern Sie durch frühere Läufe, vergleichen sie und setzen einen unterbrochenen Lauf fort.</translation>
    </message>
</context>
<context>
    <name>tern::ui::ImageFolderPanel</name>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Klassen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Images&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bilder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 images in %2 classes.</source>
        <translation>%1 Bilder in %2 Klassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wird ausgelassen.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und werden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::LeaderboardPage</name>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Every model the search tried, not only the winner: score, spread across folds, latency, throughput and size side by side, with an accuracy-versus-latency plot to pick the model that fits your latency budget.</source>
        <translation>Jedes Modell, das die Suche ausprobiert hat, nicht nur der Sieger: Güte, Streuung über die Folds, Latenz, Durchsatz und Größe nebeneinander, dazu ein Diagramm Genauigkeit gegen Latenz, um das Modell zu wählen, das in Ihr Latenzbudget passt.</translation>
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
        <translation>Daten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Rangliste</translation>
    </message>
    <message>
        <source>Text from Images</source>
        <translation>Text aus Bildern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Ready. Drop a table or an image folder on the window to begin.</source>
        <translation>Bereit. Ziehen Sie eine Tabelle oder einen Bildordner auf das Fenster, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open a CSV, TSV or ARFF table</source>
        <translation>Eine CSV-, TSV- oder ARFF-Tabelle öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open a folder of images, one sub-folder per class</source>
        <translation>Einen Bildordner öffnen, ein Unterordner je Klasse</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Status Bar</source>
        <translation>&amp;Statusleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Tern</source>
        <translation>Ü&amp;ber Tern</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Preferences saved. A new language applies after a restart.</source>
        <translation>Einstellungen gespeichert. Eine neue Sprache gilt nach einem Neustart.</translation>
    </message>
</context>
<context>
    <name>tern::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>tern::ui::MissingValuesPlot</name>
    <message>
        <source>Missing values (% of rows)</source>
        <translation>Fehlende Werte (% der Zeilen)</translation>
    </message>
    <message>
        <source>Right-click to save the chart as PNG or PDF</source>
        <translation>Rechtsklick, um das Diagramm als PNG oder PDF zu speichern</translation>
    </message>
    <message>
        <source>Save as PNG...</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrPage</name>
    <message>
        <source>Text from Images</source>
        <translation>Text aus Bildern</translation>
    </message>
    <message>
        <source>Drop product images to read their text, whatever its orientation: rotated, upside-down, white on black or stacked vertically. Words, confidences and extracted attributes appear here and are kept in the history.</source>
        <translation>Legen Sie Produktbilder ab, um ihren Text zu lesen, gleich in welcher Ausrichtung: gedreht, auf dem Kopf, weiß auf schwarz oder senkrecht gestapelt. Wörter, Konfidenzen und erkannte Attribute erscheinen hier und bleiben im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunPage</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Start an AutoML run on the loaded data: choose the metric, the time budget and the model families, then watch every candidate being trained on the engine thread, with progress, an estimate of the time left and a Cancel button.</source>
        <translation>Starten Sie einen AutoML-Lauf auf den geladenen Daten: Metrik, Zeitbudget und Modellfamilien wählen, dann zusehen, wie jeder Kandidat im Hintergrund trainiert wird, mit Fortschritt, geschätzter Restzeit und einer Schaltfläche zum Abbrechen.</translation>
    </message>
</context>
<context>
    <name>tern::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Tern starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Tern.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
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
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Missing %</source>
        <translation>Fehlend %</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Häufigste Werte</translation>
    </message>
</context>
<context>
    <name>tern::ui::TableModel</name>
    <message>
        <source>Missing value</source>
        <translation>Fehlender Wert</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Zielgröße)</translation>
    </message>
    <message>
        <source>%1: %2 column</source>
        <translation>%1: Spalte vom Typ %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::TablePanel</name>
    <message>
        <source>The column the models will learn to predict</source>
        <translation>Die Spalte, die die Modelle vorhersagen lernen</translation>
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation>&amp;Zielspalte:</translation>
    </message>
    <message>
        <source>Column summary</source>
        <translation>Spaltenübersicht</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 rows × %2 columns, %3 missing cells</source>
        <translation>%1 Zeilen × %2 Spalten, %3 fehlende Zellen</translation>
    </message>
</context>
<context>
    <name>tern::ui::ThumbnailModel</name>
    <message>
        <source>%1
%2 × %3 px, class %4</source>
        <translation>%1
%2 × %3 px, Klasse %4</translation>
    </message>
</context>
</TS>
