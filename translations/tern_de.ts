<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Save a grab of the window.</source>
        <translation>Ein Abbild des Fensters speichern.</translation>
    </message>
    <message>
        <source>Start on page 0-5: Data, Run, Leaderboard, Text from Images, Export, History.</source>
        <translation>Auf Seite 0-5 beginnen: Daten, Lauf, Rangliste, Text aus Bildern, Export, Verlauf.</translation>
    </message>
    <message>
        <source>Start a run of this many seconds once the data has loaded.</source>
        <translation>Einen Lauf von so vielen Sekunden starten, sobald die Daten geladen sind.</translation>
    </message>
    <message>
        <source>The target column of the --run-budget run (else the last column).</source>
        <translation>Die Zielspalte des Laufs von --run-budget (sonst die letzte Spalte).</translation>
    </message>
    <message>
        <source>Show this stored run on the Leaderboard.</source>
        <translation>Diesen gespeicherten Lauf in der Rangliste zeigen.</translation>
    </message>
    <message>
        <source>Open the window at this size, e.g. 1024x640.</source>
        <translation>Das Fenster in dieser Größe öffnen, z. B. 1024x640.</translation>
    </message>
    <message>
        <source>Use this theme (system, light, dark) for this session only.</source>
        <translation>Dieses Design (system, light, dark) nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
        <source>Tern: desktop AutoML workbench</source>
        <translation>Tern: AutoML-Werkbank für den Desktop</translation>
    </message>
    <message>
        <source>A table file or image folder to open, or image files whose text the Text from Images page reads.</source>
        <translation>Eine Tabellendatei oder ein Bildordner zum Öffnen, oder Bilddateien, deren Text die Seite Text aus Bildern liest.</translation>
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
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
        <translation>%1: %2 Zelle ist keine Zahl und wird als fehlend gelesen (Datenzeile %3 enthält &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 cells are not a number and read as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 Zellen sind keine Zahlen und werden als fehlend gelesen (Datenzeile %3 enthält &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>constant: every training value is missing</source>
        <translation>konstant: jeder Trainingswert fehlt</translation>
    </message>
    <message>
        <source>constant: one value in every training row</source>
        <translation>konstant: ein einziger Wert in jeder Trainingszeile</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>id-like: a distinct integer in each of the %1 training rows</source>
        <translation>schlüsselartig: eine andere ganze Zahl in jeder der %1 Trainingszeilen</translation>
    </message>
    <message>
        <source>id-like: a distinct %1-digit code in each of the %2 training rows</source>
        <translation>schlüsselartig: ein anderer %1-stelliger Code in jeder der %2 Trainingszeilen</translation>
    </message>
    <message>
        <source>high-cardinality text: %1 distinct values in %2 rows</source>
        <translation>Freitext: %1 verschiedene Werte in %2 Zeilen</translation>
    </message>
    <message>
        <source>id-like: a distinct value in each of the %1 training rows</source>
        <translation>schlüsselartig: ein anderer Wert in jeder der %1 Trainingszeilen</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>mehrklassig</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source> (on %1 of %2 folds: the rest would exceed its time limit)</source>
        <translation> (auf %1 von %2 Folds: die übrigen würden sein Zeitlimit überschreiten)</translation>
    </message>
    <message>
        <source> (%1 cut from %2 to %3 by its time limit)</source>
        <translation> (%1 durch sein Zeitlimit von %2 auf %3 gekürzt)</translation>
    </message>
    <message>
        <source>no ensemble: the metric is not finite on any fold of its predictions</source>
        <translation>kein Ensemble: die Metrik ist auf keinem Fold seiner Vorhersagen endlich</translation>
    </message>
    <message>
        <source>#%1 ensemble of %2 candidates: %3=%4</source>
        <translation>#%1 Ensemble aus %2 Kandidaten: %3=%4</translation>
    </message>
    <message>
        <source>chosen: #%1 ensemble; an ensemble is chosen whenever there is one within the latency budget (its score is cross-fitted, while the best single&apos;s is the best of many tries on the same folds)</source>
        <translation>gewählt: #%1 Ensemble; ein Ensemble wird gewählt, wann immer es eines innerhalb des Latenzbudgets gibt (sein Wert ist kreuzangepasst, der des besten Einzelmodells dagegen der beste vieler Versuche auf denselben Folds)</translation>
    </message>
    <message>
        <source>chosen: #%1 ensemble; an ensemble is chosen whenever there is one (its score is cross-fitted, while the best single&apos;s is the best of many tries on the same folds)</source>
        <translation>gewählt: #%1 Ensemble; ein Ensemble wird gewählt, wann immer es eines gibt (sein Wert ist kreuzangepasst, der des besten Einzelmodells dagegen der beste vieler Versuche auf denselben Folds)</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the best score within the latency budget</source>
        <translation>gewählt: #%1 %2, der beste Wert innerhalb des Latenzbudgets</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the best score</source>
        <translation>gewählt: #%1 %2, der beste Wert</translation>
    </message>
    <message>
        <source>ensemble: %1</source>
        <translation>Ensemble: %1</translation>
    </message>
    <message>
        <source>importance: %1</source>
        <translation>Wichtigkeit: %1</translation>
    </message>
    <message>
        <source>set aside, not features: %1</source>
        <translation>beiseitegelassen, keine Merkmale: %1</translation>
    </message>
    <message>
        <source>%1 image(s) could not be read and are left out, the first: %2 (%3)</source>
        <translation>%1 Bild(er) konnten nicht gelesen werden und bleiben außen vor, das erste: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 rows without a value of &apos;%2&apos; are trained on in every fold, never validated</source>
        <translation>%1 Zeilen ohne Wert in &apos;%2&apos; werden in jedem Fold trainiert, nie validiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 value(s) lie beyond 20 interquartile ranges of the middle half (%3 to %4), the farthest %5; squared-error metrics (R², RMSE) are dominated by such rows: check them, or choose --metric mae</source>
        <translation>&apos;%1&apos;: %2 Wert(e) liegen mehr als 20 Interquartilsabstände außerhalb der mittleren Hälfte (%3 bis %4), der entfernteste %5; Metriken des quadrierten Fehlers (R², RMSE) werden von solchen Zeilen beherrscht: prüfen Sie sie oder wählen Sie --metric mae</translation>
    </message>
    <message>
        <source>%1 rows without a value of &apos;%2&apos; are left out of training</source>
        <translation>%1 Zeilen ohne Wert in &apos;%2&apos; bleiben beim Training außen vor</translation>
    </message>
    <message>
        <source>validation: %1 (%2)</source>
        <translation>Validierung: %1 (%2)</translation>
    </message>
    <message>
        <source>validation: %1</source>
        <translation>Validierung: %1</translation>
    </message>
    <message>
        <source>no time left for feature importance (it can be computed later for any candidate)</source>
        <translation>keine Zeit mehr für die Merkmalswichtigkeit (sie kann später für jeden Kandidaten berechnet werden)</translation>
    </message>
    <message>
        <source>no time left for feature importance: refitting the members on one fold takes about %1 s (it can be computed later for any candidate)</source>
        <translation>keine Zeit mehr für die Merkmalswichtigkeit: die Mitglieder auf einem Fold neu zu trainieren dauert etwa %1 s (sie kann später für jeden Kandidaten berechnet werden)</translation>
    </message>
    <message>
        <source>resuming run %1: %2 candidates done, %3 s budget</source>
        <translation>Lauf %1 wird fortgesetzt: %2 Kandidaten fertig, %3 s Budget</translation>
    </message>
    <message>
        <source>run %1: %2 images, %3, metric %4, %5 s budget, families %6</source>
        <translation>Lauf %1: %2 Bilder, %3, Metrik %4, %5 s Budget, Familien %6</translation>
    </message>
    <message>
        <source>run %1: %2 rows, %3, metric %4, %5 s budget, families %6</source>
        <translation>Lauf %1: %2 Zeilen, %3, Metrik %4, %5 s Budget, Familien %6</translation>
    </message>
    <message>
        <source>the strategy has nothing left to propose</source>
        <translation>die Strategie hat nichts mehr vorzuschlagen</translation>
    </message>
    <message>
        <source>forward in time by &apos;%1&apos;: holdout of the last 20 %</source>
        <translation>zeitlich vorwärts nach &apos;%1&apos;: Holdout der letzten 20 %</translation>
    </message>
    <message>
        <source>forward in time by &apos;%1&apos;: %2 folds</source>
        <translation>zeitlich vorwärts nach &apos;%1&apos;: %2 Folds</translation>
    </message>
    <message>
        <source>holdout 80/20</source>
        <translation>Holdout 80/20</translation>
    </message>
    <message>
        <source>%1 x %2-fold</source>
        <translation>%1 x %2-fach</translation>
    </message>
    <message>
        <source>%1-fold</source>
        <translation>%1-fach</translation>
    </message>
    <message>
        <source>above %1 rows one holdout measures well enough</source>
        <translation>über %1 Zeilen misst ein Holdout genau genug</translation>
    </message>
    <message>
        <source>%1 rows x %2 columns: %3 folds need a budget of %4 s or more</source>
        <translation>%1 Zeilen x %2 Spalten: %3 Folds brauchen ein Budget von %4 s oder mehr</translation>
    </message>
    <message>
        <source>variants, score change against fp32 on %1 held-out rows (%2 s):%3</source>
        <translation>Varianten, Wertänderung gegenüber fp32 auf %1 zurückgehaltenen Zeilen (%2 s):%3</translation>
    </message>
    <message>
        <source>variants: skipped (stopped)</source>
        <translation>Varianten: übersprungen (gestoppt)</translation>
    </message>
    <message>
        <source>variants: %1</source>
        <translation>Varianten: %1</translation>
    </message>
    <message>
        <source>no data rows below the header</source>
        <translation>keine Datenzeilen unter der Kopfzeile</translation>
    </message>
    <message>
        <source>no target column given (--target)</source>
        <translation>keine Zielspalte angegeben (--target)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is %2 and cannot be regressed; use --task binary or multiclass</source>
        <translation>Zielspalte &apos;%1&apos; ist %2 und eignet sich nicht für Regression; verwenden Sie --task binary oder multiclass</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has no values (missing in every row)</source>
        <translation>Zielspalte &apos;%1&apos; hat keine Werte (fehlt in jeder Zeile)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has fewer than two values</source>
        <translation>Zielspalte &apos;%1&apos; hat weniger als zwei Werte</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has the same value (%2) in every row; there is nothing to predict</source>
        <translation>Zielspalte &apos;%1&apos; hat in jeder Zeile denselben Wert (%2); es gibt nichts vorherzusagen</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has only one class</source>
        <translation>Zielspalte &apos;%1&apos; hat nur eine Klasse</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has %2 classes; --task binary needs exactly two</source>
        <translation>Zielspalte &apos;%1&apos; hat %2 Klassen; --task binary braucht genau zwei</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has a different class in each of its %2 rows: nothing to learn; a number to predict needs --task regression</source>
        <translation>Zielspalte &apos;%1&apos; hat in jeder ihrer %2 Zeilen eine andere Klasse: nichts zu lernen; eine Zahl vorherzusagen braucht --task regression</translation>
    </message>
    <message>
        <source>a folder, but not an image folder (expected one sub-folder per class holding png, jpg, bmp, tif or webp images)</source>
        <translation>ein Ordner, aber kein Bildordner (erwartet wird ein Unterordner pro Klasse mit png-, jpg-, bmp-, tif- oder webp-Bildern)</translation>
    </message>
    <message>
        <source>unterminated quote in the attribute name</source>
        <translation>nicht geschlossenes Anführungszeichen im Attributnamen</translation>
    </message>
    <message>
        <source>an @attribute needs a name and a type</source>
        <translation>ein @attribute braucht einen Namen und einen Typ</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: nominal values miss the closing &apos;}&apos;</source>
        <translation>Attribut &apos;%1&apos;: den nominalen Werten fehlt die schließende &apos;}&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: unterminated quote</source>
        <translation>Attribut &apos;%1&apos;: nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: relational attributes are not supported</source>
        <translation>Attribut &apos;%1&apos;: relationale Attribute werden nicht unterstützt</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: unknown type &apos;%2&apos;</source>
        <translation>Attribut &apos;%1&apos;: unbekannter Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is numeric but the value is &apos;%2&apos;</source>
        <translation>Attribut &apos;%1&apos; ist numerisch, aber der Wert ist &apos;%2&apos;</translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not one of the declared values of attribute &apos;%2&apos;</source>
        <translation>Wert &apos;%1&apos; gehört nicht zu den deklarierten Werten des Attributs &apos;%2&apos;</translation>
    </message>
    <message>
        <source>relational ARFF (@end) is not supported</source>
        <translation>relationales ARFF (@end) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; in the ARFF header</source>
        <translation>unerwartetes &apos;%1&apos; im ARFF-Kopf</translation>
    </message>
    <message>
        <source>an ARFF file starts with @relation</source>
        <translation>eine ARFF-Datei beginnt mit @relation</translation>
    </message>
    <message>
        <source>@data before any @attribute</source>
        <translation>@data vor jedem @attribute</translation>
    </message>
    <message>
        <source>bad sparse entry &apos;%1&apos;</source>
        <translation>fehlerhafter dünnbesetzter Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>ARFF file without @data</source>
        <translation>ARFF-Datei ohne @data</translation>
    </message>
    <message>
        <source>duplicate attribute name &apos;%1&apos;</source>
        <translation>doppelter Attributname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is a date but the value is &apos;%2&apos;</source>
        <translation>Attribut &apos;%1&apos; ist ein Datum, aber der Wert ist &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unterminated quote (the quote opened here never closes)</source>
        <translation>nicht geschlossenes Anführungszeichen (das hier geöffnete Anführungszeichen schließt nie)</translation>
    </message>
    <message>
        <source>no data: the file holds only blank lines</source>
        <translation>keine Daten: die Datei enthält nur Leerzeilen</translation>
    </message>
    <message>
        <source>the first record is longer than 512 KiB: not a table?</source>
        <translation>der erste Datensatz ist länger als 512 KiB: keine Tabelle?</translation>
    </message>
    <message>
        <source>duplicate column name &apos;%1&apos; (columns %2 and %3)</source>
        <translation>doppelter Spaltenname &apos;%1&apos; (Spalten %2 und %3)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>not an image folder: the images must sit in one sub-folder per class</source>
        <translation>kein Bildordner: die Bilder müssen in einem Unterordner pro Klasse liegen</translation>
    </message>
    <message>
        <source>not an image folder: expected one sub-folder per class holding images (png, jpg, bmp, tif, webp)</source>
        <translation>kein Bildordner: erwartet wird ein Unterordner pro Klasse mit Bildern (png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>is an image folder, not a table file</source>
        <translation>ist ein Bildordner, keine Tabellendatei</translation>
    </message>
    <message>
        <source>is a folder but not an image folder (expected one sub-folder per class holding images)</source>
        <translation>ist ein Ordner, aber kein Bildordner (erwartet wird ein Unterordner pro Klasse mit Bildern)</translation>
    </message>
    <message>
        <source>duplicate column name &apos;%1&apos;</source>
        <translation>doppelter Spaltenname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;</source>
        <translation>keine Spalte namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive (an .xlsx workbook? save it as CSV)</source>
        <translation>ein ZIP-Archiv (eine .xlsx-Arbeitsmappe? speichern Sie sie als CSV)</translation>
    </message>
    <message>
        <source>gzip-compressed (decompress it first)</source>
        <translation>gzip-komprimiert (entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>an OLE document (an .xls workbook? save it as CSV)</source>
        <translation>ein OLE-Dokument (eine .xls-Arbeitsmappe? speichern Sie sie als CSV)</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>an executable</source>
        <translation>ein ausführbares Programm</translation>
    </message>
    <message>
        <source>bzip2-compressed (decompress it first)</source>
        <translation>bzip2-komprimiert (entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>xz-compressed (decompress it first)</source>
        <translation>xz-komprimiert (entpacken Sie sie zuerst)</translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation>eine Parquet-Datei</translation>
    </message>
    <message>
        <source>not a text table: binary content (%1 control bytes in the first %2)</source>
        <translation>keine Texttabelle: binärer Inhalt (%1 Steuerbytes in den ersten %2)</translation>
    </message>
    <message>
        <source>not a table: this is an HTML page</source>
        <translation>keine Tabelle: dies ist eine HTML-Seite</translation>
    </message>
    <message>
        <source>not a table: this is an XML document</source>
        <translation>keine Tabelle: dies ist ein XML-Dokument</translation>
    </message>
    <message>
        <source>file is empty (0 bytes)</source>
        <translation>Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>not a text table: this is %1</source>
        <translation>keine Texttabelle: dies ist %1</translation>
    </message>
    <message>
        <source>not a text table: NUL characters in UTF-16 text</source>
        <translation>keine Texttabelle: NUL-Zeichen in UTF-16-Text</translation>
    </message>
    <message>
        <source>not a text table: NUL byte at offset %1</source>
        <translation>keine Texttabelle: NUL-Byte an Position %1</translation>
    </message>
    <message>
        <source>not a text table: binary content (neither UTF-8 nor Latin-1 text)</source>
        <translation>keine Texttabelle: binärer Inhalt (weder UTF-8- noch Latin-1-Text)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a folder, not a table file</source>
        <translation>ist ein Ordner, keine Tabellendatei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>file is too large to load: %1 needs about %2 of memory, %3 available</source>
        <translation>Datei ist zu groß zum Laden: %1 braucht etwa %2 Arbeitsspeicher, %3 verfügbar</translation>
    </message>
    <message>
        <source>file shrank while reading</source>
        <translation>Datei ist beim Lesen geschrumpft</translation>
    </message>
    <message>
        <source> (data row %1 holds &apos;%2&apos;)</source>
        <translation> (Datenzeile %1 enthält &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>no row to predict (the file holds its header only)</source>
        <translation>keine Zeile vorherzusagen (die Datei enthält nur ihre Kopfzeile)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>this model was trained on images; give an image file (png, jpg, bmp, tif, webp) or a folder of images</source>
        <translation>dieses Modell wurde auf Bildern trainiert; geben Sie eine Bilddatei (png, jpg, bmp, tif, webp) oder einen Bildordner an</translation>
    </message>
    <message>
        <source>no such image file</source>
        <translation>Bilddatei existiert nicht</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>cannot read file</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a PDF, not an image: save its pages as PNG or JPEG</source>
        <translation>ein PDF, kein Bild: speichern Sie seine Seiten als PNG oder JPEG</translation>
    </message>
    <message>
        <source>truncated PNG (no IEND chunk)</source>
        <translation>abgeschnittenes PNG (kein IEND-Block)</translation>
    </message>
    <message>
        <source>truncated JPEG (no end-of-image marker)</source>
        <translation>abgeschnittenes JPEG (keine Bildende-Markierung)</translation>
    </message>
    <message>
        <source>not a readable image (corrupt or unsupported format)</source>
        <translation>kein lesbares Bild (beschädigt oder nicht unterstütztes Format)</translation>
    </message>
    <message>
        <source>not a readable image (%1)</source>
        <translation>kein lesbares Bild (%1)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is missing (the preprocessing was fitted with it)</source>
        <translation>Spalte &apos;%1&apos; fehlt (die Vorverarbeitung wurde mit ihr angepasst)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; held dates when the preprocessing was fitted; here not every value is a date (%2 then, optionally with a time)%3</source>
        <translation>Spalte &apos;%1&apos; enthielt Datumswerte, als die Vorverarbeitung angepasst wurde; hier ist nicht jeder Wert ein Datum (damals %2, wahlweise mit Uhrzeit)%3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is not numeric here but was numeric when the preprocessing was fitted%2</source>
        <translation>Spalte &apos;%1&apos; ist hier nicht numerisch, war aber numerisch, als die Vorverarbeitung angepasst wurde%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; is numeric here but was categorical when the preprocessing was fitted</source>
        <translation>Spalte &apos;%1&apos; ist hier numerisch, war aber kategorial, als die Vorverarbeitung angepasst wurde</translation>
    </message>
    <message>
        <source>no image (png, jpg, bmp, tif, webp) in it</source>
        <translation>kein Bild (png, jpg, bmp, tif, webp) darin</translation>
    </message>
    <message>
        <source>no readable image (%1: %2)</source>
        <translation>kein lesbares Bild (%1: %2)</translation>
    </message>
    <message>
        <source>run %1 cannot go on: %2</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is not numeric in this file%2</source>
        <translation>Zielspalte &apos;%1&apos; ist in dieser Datei nicht numerisch%2</translation>
    </message>
    <message>
        <source>no target column &apos;%1&apos;</source>
        <translation>keine Zielspalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds dates in the training file but not here%2</source>
        <translation>Spalte &apos;%1&apos; enthält in der Trainingsdatei Datumswerte, hier aber nicht%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds numbers in the training file but not here%2</source>
        <translation>Spalte &apos;%1&apos; enthält in der Trainingsdatei Zahlen, hier aber nicht%2</translation>
    </message>
    <message>
        <source>missing column %1 (the training file has it)</source>
        <translation>fehlende Spalte %1 (die Trainingsdatei hat sie)</translation>
    </message>
    <message>
        <source>missing columns %1 (the training file has them)</source>
        <translation>fehlende Spalten %1 (die Trainingsdatei hat sie)</translation>
    </message>
    <message>
        <source>%1/%2: a folder inside a class folder; its images are not read</source>
        <translation>%1/%2: ein Ordner in einem Klassenordner; seine Bilder werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2 extensionless file(s) not read (Tern reads png, jpg, bmp, tif, webp)</source>
        <translation>%1: %2 Datei(en) ohne Endung nicht gelesen (Tern liest png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>%1: %2 %3 file(s) not read (Tern reads png, jpg, bmp, tif, webp)</source>
        <translation>%1: %2 %3-Datei(en) nicht gelesen (Tern liest png, jpg, bmp, tif, webp)</translation>
    </message>
    <message>
        <source>%1: no image in it, so not a class</source>
        <translation>%1: kein Bild darin, also keine Klasse</translation>
    </message>
    <message>
        <source>%1 image(s) beside the class folders, in no class, are not read</source>
        <translation>%1 Bild(er) neben den Klassenordnern, in keiner Klasse, werden nicht gelesen</translation>
    </message>
    <message>
        <source>truncated or damaged PNG header</source>
        <translation>abgeschnittener oder beschädigter PNG-Kopf</translation>
    </message>
    <message>
        <source>PNG header with an invalid colour type</source>
        <translation>PNG-Kopf mit ungültigem Farbtyp</translation>
    </message>
    <message>
        <source>damaged JPEG: marker expected</source>
        <translation>beschädigtes JPEG: Markierung erwartet</translation>
    </message>
    <message>
        <source>truncated or damaged JPEG: no frame header</source>
        <translation>abgeschnittenes oder beschädigtes JPEG: kein Frame-Kopf</translation>
    </message>
    <message>
        <source>truncated BMP header</source>
        <translation>abgeschnittener BMP-Kopf</translation>
    </message>
    <message>
        <source>truncated TIFF: directory not found</source>
        <translation>abgeschnittenes TIFF: Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>truncated or damaged WebP header</source>
        <translation>abgeschnittener oder beschädigter WebP-Kopf</translation>
    </message>
    <message>
        <source>not a PNG, JPEG, BMP, TIFF or WebP image</source>
        <translation>kein PNG-, JPEG-, BMP-, TIFF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>image header gives no size</source>
        <translation>Bildkopf nennt keine Größe</translation>
    </message>
    <message>
        <source>too large (%1 x %2 pixels; Tern reads images of up to %3 megapixels)</source>
        <translation>zu groß (%1 x %2 Pixel; Tern liest Bilder bis %3 Megapixel)</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot be decoded (%1)</source>
        <translation>kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>cannot be decoded (damaged image data)</source>
        <translation>kann nicht dekodiert werden (beschädigte Bilddaten)</translation>
    </message>
    <message>
        <source>unknown variable or function &apos;%1&apos; at position %2</source>
        <translation>unbekannte Variable oder Funktion &apos;%1&apos; an Position %2</translation>
    </message>
    <message>
        <source>%1 at position %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>metric expression is empty</source>
        <translation>der Metrik-Ausdruck ist leer</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: &apos;=&apos; at position %2 assigns a value; compare with &apos;==&apos;, or leave it out; variables: %3</source>
        <translation>Metrik-Ausdruck &apos;%1&apos;: &apos;=&apos; an Position %2 weist einen Wert zu; vergleichen Sie mit &apos;==&apos; oder lassen Sie es weg; Variablen: %3</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: %2; variables: %3</source>
        <translation>Metrik-Ausdruck &apos;%1&apos;: %2; Variablen: %3</translation>
    </message>
    <message>
        <source>metric expression &apos;%1&apos;: %2 expressions separated by &apos;,&apos;; a metric is one expression; variables: %3</source>
        <translation>Metrik-Ausdruck &apos;%1&apos;: %2 durch &apos;,&apos; getrennte Ausdrücke; eine Metrik ist ein einziger Ausdruck; Variablen: %3</translation>
    </message>
    <message>
        <source>%1: on the %2 training rows of a validation fold no column can be a feature (%3); the table has too few rows for its folds to learn from</source>
        <translation>%1: auf den %2 Trainingszeilen eines Validierungs-Folds kann keine Spalte ein Merkmal sein (%3); die Tabelle hat zu wenige Zeilen, als dass ihre Folds daraus lernen könnten</translation>
    </message>
    <message>
        <source>%1: no column can be a feature (%2)</source>
        <translation>%1: keine Spalte kann ein Merkmal sein (%2)</translation>
    </message>
    <message>
        <source>%1: no feature column besides the target &apos;%2&apos;</source>
        <translation>%1: keine Merkmalsspalte außer der Zielspalte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --time-column &apos;%2&apos;: %3</source>
        <translation>%1: --time-column &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1: no row with a known target value (%2 rows: %3 without a target, %4 of a class the training rows lack)</source>
        <translation>%1: keine Zeile mit bekanntem Zielwert (%2 Zeilen: %3 ohne Zielwert, %4 mit einer Klasse, die den Trainingszeilen fehlt)</translation>
    </message>
    <message>
        <source>%1 distinct times among the rows with a target, too few for a forward holdout (at least %2 are needed)</source>
        <translation>%1 verschiedene Zeitpunkte unter den Zeilen mit Zielwert, zu wenige für einen zeitlich vorwärts gerichteten Holdout (mindestens %2 sind nötig)</translation>
    </message>
    <message>
        <source>%1 distinct times among the rows with a target, too few for %2 forward folds (at least %3 are needed)</source>
        <translation>%1 verschiedene Zeitpunkte unter den Zeilen mit Zielwert, zu wenige für %2 zeitlich vorwärts gerichtete Folds (mindestens %3 sind nötig)</translation>
    </message>
    <message>
        <source>the candidate would exceed its time limit</source>
        <translation>der Kandidat würde sein Zeitlimit überschreiten</translation>
    </message>
    <message>
        <source>the candidate exceeded its time limit</source>
        <translation>der Kandidat hat sein Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the budget of %1 s ended before any candidate finished</source>
        <translation>das Budget von %1 s endete, bevor ein Kandidat fertig war</translation>
    </message>
    <message>
        <source>every candidate failed</source>
        <translation>jeder Kandidat ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>every candidate failed: %1</source>
        <translation>jeder Kandidat ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>measuring the candidate&apos;s cost: %1</source>
        <translation>beim Messen der Kosten des Kandidaten: %1</translation>
    </message>
    <message>
        <source>imputation &apos;none&apos; for %1 leaves missing values that none of the families asked for (%2) can read; xgboost can, or choose an imputer for it</source>
        <translation>Imputation „none“ für %1 lässt fehlende Werte stehen, die keine der gewählten Familien (%2) lesen kann; XGBoost kann es, oder wählen Sie eine Imputation</translation>
    </message>
    <message>
        <source>imputation &apos;none&apos; for %1 leaves missing values, which %2 cannot read: left out of this run</source>
        <translation>Imputation „none“ für %1 lässt fehlende Werte stehen, die %2 nicht lesen kann: in diesem Lauf ausgelassen</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; at position %2 is out of range</source>
        <translation>die Zahl „%1“ an Position %2 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>an image of %1 x %2 pixels is too small to hold text</source>
        <translation>ein Bild von %1 x %2 Pixeln ist zu klein, um Text zu enthalten</translation>
    </message>
    <message>
        <source>run %1 already has %2 searched candidates, and its limit is %3; resume --max-candidates N raises the limit (0: none)</source>
        <translation>Lauf %1 hat bereits %2 gesuchte Kandidaten, und sein Limit ist %3; resume --max-candidates N hebt das Limit an (0: keines)</translation>
    </message>
    <message>
        <source>no column named &apos;%1&apos;: the file reads as having no header row, and its first data row holds &apos;%1&apos; in %2 (a header of numbers looks like data)</source>
        <translation>keine Spalte namens „%1“: die Datei wird ohne Kopfzeile gelesen, und ihre erste Datenzeile enthält „%1“ in %2 (eine Kopfzeile aus Zahlen sieht wie Daten aus)</translation>
    </message>
    <message>
        <source>damaged PNG (no chunk type at byte %1)</source>
        <translation>beschädigtes PNG (kein Chunk-Typ an Byte %1)</translation>
    </message>
    <message>
        <source>damaged PNG (its %1 chunk runs past the end of the file)</source>
        <translation>beschädigtes PNG (sein %1-Chunk reicht über das Dateiende hinaus)</translation>
    </message>
    <message>
        <source>damaged PNG (its %1 chunk at byte %2 fails its checksum)</source>
        <translation>beschädigtes PNG (sein %1-Chunk an Byte %2 besteht die Prüfsumme nicht)</translation>
    </message>
    <message>
        <source>a run needs two or more classes (sub-folders) and more images than classes; readable images per class: %1</source>
        <translation>ein Lauf braucht zwei oder mehr Klassen (Unterordner) und mehr Bilder als Klassen; lesbare Bilder je Klasse: %1</translation>
    </message>
    <message>
        <source>%1; %2 image(s) could not be read, the first: %3 (%4)</source>
        <translation>%1; %2 Bild(er) konnten nicht gelesen werden, das erste: %3 (%4)</translation>
    </message>
    <message>
        <source>unterminated quote: field %1 opens with %2 and never closes it</source>
        <translation>nicht geschlossenes Anführungszeichen: Feld %1 beginnt mit %2 und schließt es nie</translation>
    </message>
    <message>
        <source>chosen: #%1 %2, the one member of ensemble #%3</source>
        <translation>gewählt: #%1 %2, das einzige Mitglied von Ensemble #%3</translation>
    </message>
    <message>
        <source>#%1 ensemble of one candidate, #%2: %3=%4</source>
        <translation>#%1 Ensemble aus einem Kandidaten, #%2: %3=%4</translation>
    </message>
    <message>
        <source>chosen: #%1 %2; no candidate is within the latency budget of %3 µs, so the choice is among the fastest (#%4 %5 takes %6 µs)</source>
        <translation>gewählt: #%1 %2; kein Kandidat liegt im Latenzbudget von %3 µs, daher wird unter den schnellsten gewählt (#%4 %5 braucht %6 µs)</translation>
    </message>
    <message>
        <source>test file: %1</source>
        <translation>Testdatei: %1</translation>
    </message>
    <message>
        <source>id-like: a distinct value in each of the table&apos;s %1 rows, labelled or not</source>
        <translation>schlüsselartig: ein anderer Wert in jeder der %1 Zeilen der Tabelle, mit oder ohne Zielwert</translation>
    </message>
    <message>
        <source>the run store is locked by another process: finished candidates are held in memory until it is free, and the search goes on</source>
        <translation>der Lauf-Speicher ist von einem anderen Prozess gesperrt: fertige Kandidaten werden im Speicher gehalten, bis er frei ist, und die Suche läuft weiter</translation>
    </message>
    <message>
        <source>the run store is free again: the candidates held for it are saved</source>
        <translation>der Lauf-Speicher ist wieder frei: die für ihn gehaltenen Kandidaten sind gespeichert</translation>
    </message>
    <message>
        <source>waiting for the run store, locked by another process</source>
        <translation>warte auf den Lauf-Speicher, der von einem anderen Prozess gesperrt ist</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; varies only below float precision (%2 to %3), and models compute in float; subtract a constant or rescale it</source>
        <translation>Zielspalte &apos;%1&apos; schwankt nur unterhalb der Float-Genauigkeit (%2 bis %3), und Modelle rechnen in Float; ziehen Sie eine Konstante ab oder skalieren Sie sie um</translation>
    </message>
    <message>
        <source>a symbolic link that loops, not an image file</source>
        <translation>ein symbolischer Link, der im Kreis verweist, keine Bilddatei</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or folder)</source>
        <translation>keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Ordner)</translation>
    </message>
    <message>
        <source>out of memory (finished candidates are kept)</source>
        <translation>kein Speicher mehr (fertige Kandidaten bleiben erhalten)</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; has %2 classes in %3 rows, and %4 of the rows are in classes of one or two rows: too few to learn a class and check it; a number to predict needs --task regression</source>
        <translation>Zielspalte &apos;%1&apos; hat %2 Klassen in %3 Zeilen, und %4 der Zeilen gehören zu Klassen mit einer oder zwei Zeilen: zu wenige, um eine Klasse zu lernen und zu prüfen; eine vorherzusagende Zahl braucht --task regression</translation>
    </message>
    <message>
        <source>a folder that cannot be read (%1)</source>
        <translation>ein Ordner, der sich nicht lesen lässt (%1)</translation>
    </message>
    <message>
        <source>a symbolic link to a missing file (%1)</source>
        <translation>ein symbolischer Link auf eine fehlende Datei (%1)</translation>
    </message>
    <message>
        <source>damaged JPEG data (%1)</source>
        <translation>beschädigte JPEG-Daten (%1)</translation>
    </message>
    <message>
        <source>%1: %2 number is infinite or beyond a float&apos;s range (3.4e38) and reads as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 Zahl ist unendlich oder jenseits des Float-Bereichs (3.4e38) und wird als fehlend gelesen (Datenzeile %3 enthält &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 numbers are infinite or beyond a float&apos;s range (3.4e38) and read as missing (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 Zahlen sind unendlich oder jenseits des Float-Bereichs (3.4e38) und werden als fehlend gelesen (Datenzeile %3 enthält &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: %2 cells read as missing, %5 not a number and %6 infinite or beyond a float&apos;s range (data row %3 holds &apos;%4&apos;)</source>
        <translation>%1: %2 Zellen werden als fehlend gelesen, %5 keine Zahl und %6 unendlich oder jenseits des Float-Bereichs (Datenzeile %3 enthält &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>%1: read with decimal commas, as quoted in the file (&quot;1,234&quot; is 1.234)</source>
        <translation>%1: mit Dezimalkommas gelesen, wie in der Datei in Anführungszeichen (&quot;1,234&quot; ist 1.234)</translation>
    </message>
    <message>
        <source>too large: %1 pages of %2 megapixels in all (Tern reads up to %3)</source>
        <translation>zu groß: %1 Seiten mit zusammen %2 Megapixeln (Tern liest bis zu %3)</translation>
    </message>
</context>
<context>
    <name>FamilyLabel</name>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>XGBoost</source>
        <translation>XGBoost</translation>
    </message>
    <message>
        <source>Random forest</source>
        <translation>Random Forest</translation>
    </message>
    <message>
        <source>Extra trees</source>
        <translation>Extra Trees</translation>
    </message>
    <message>
        <source>k-NN</source>
        <translation>k-NN</translation>
    </message>
    <message>
        <source>RBF SVM</source>
        <translation>RBF-SVM</translation>
    </message>
    <message>
        <source>Naive Bayes</source>
        <translation>Naive Bayes</translation>
    </message>
    <message>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
</context>
<context>
    <name>OcrExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SetAside</name>
    <message>
        <source>a key: a different value in every row</source>
        <translation>ein Schlüssel: in jeder Zeile ein anderer Wert</translation>
    </message>
    <message>
        <source>missing in every row</source>
        <translation>in jeder Zeile fehlend</translation>
    </message>
    <message>
        <source>one value in every row</source>
        <translation>ein Wert in jeder Zeile</translation>
    </message>
    <message>
        <source>free text: nearly every row different</source>
        <translation>Freitext: fast jede Zeile anders</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
</context>
<context>
    <name>ValidationLabel</name>
    <message>
        <source>Random folds</source>
        <translation>Zufällige Folds</translation>
    </message>
    <message>
        <source>Forward in time by %1</source>
        <translation>Vorwärts in der Zeit nach %1</translation>
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
        <translation>&lt;h2&gt;Tern %1&lt;/h2&gt;&lt;p&gt;Eine AutoML-Werkbank für den Desktop: Tabellen und Bildordner hinein, jedes Kandidatenmodell nach Güte, Latenz und Größe verglichen, Modelle heraus im Zahlenformat FP32, BF16, INT8 oder ternär.&lt;/p&gt;</translation>
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
    <name>tern::ui::AccuracyLatencyPlot</name>
    <message>
        <source>One-row latency p50 (µs, log scale)</source>
        <translation>Latenz einer Zeile p50 (µs, log. Skala)</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Kreuzvalidierte Bewertung</translation>
    </message>
    <message>
        <source>%1 variant</source>
        <translation>%1-Variante</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>No candidate with a score and a latency yet</source>
        <translation>Noch kein Kandidat mit Bewertung und Latenz</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateDetails</name>
    <message>
        <source>custom metric</source>
        <translation>eigene Metrik</translation>
    </message>
    <message>
        <source>Decision threshold: %1 (the second class is predicted where its probability exceeds it; tuned on out-of-fold predictions, where 0.5 scored lower)</source>
        <translation>Entscheidungsschwelle: %1 (die zweite Klasse wird vorhergesagt, wo ihre Wahrscheinlichkeit sie übersteigt; auf Out-of-Fold-Vorhersagen abgestimmt, wo 0,5 schlechter abschnitt)</translation>
    </message>
    <message>
        <source>Candidate #%1 — %2 (%3)</source>
        <translation>Kandidat #%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Fold scores: %1</source>
        <translation>Bewertungen je Fold: %1</translation>
    </message>
    <message>
        <source>  #%1 %2: %3 %</source>
        <translation>  #%1 %2: %3 %</translation>
    </message>
    <message>
        <source>Members (weight in the average of their predictions):</source>
        <translation>Mitglieder (Gewicht im Mittel ihrer Vorhersagen):</translation>
    </message>
    <message>
        <source>Metrics over the pooled out-of-fold rows:</source>
        <translation>Metriken über alle Out-of-Fold-Zeilen:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Score: %1 ± %2 over %3 validation folds</source>
        <translation>Wert: %1 ± %2 über %3 Validierungs-Folds</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>— : no score on that fold (it lacks a class, or the metric is undefined there); the score is read on the pooled out-of-fold rows.</source>
        <translation>— : kein Wert auf diesem Fold (ihm fehlt eine Klasse, oder die Metrik ist dort nicht definiert); der Score wird über alle Out-of-Fold-Zeilen gemessen.</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateResultsPanel</name>
    <message>
        <source>Compute importance</source>
        <translation>Wichtigkeit berechnen</translation>
    </message>
    <message>
        <source>Counts and row %</source>
        <translation>Anzahl und Zeilen-%</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Row %</source>
        <translation>Zeilen-%</translation>
    </message>
    <message>
        <source>What each cell shows; the colour is always the share of the actual class&apos;s rows</source>
        <translation>Was jede Zelle zeigt; die Farbe ist immer der Anteil an den Zeilen der tatsächlichen Klasse</translation>
    </message>
    <message>
        <source>Out-of-fold predictions</source>
        <translation>Out-of-Fold-Vorhersagen</translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>Select a candidate to see its predictions.</source>
        <translation>Wählen Sie einen Kandidaten, um seine Vorhersagen zu sehen.</translation>
    </message>
    <message>
        <source>Select a candidate to see its feature importance.</source>
        <translation>Wählen Sie einen Kandidaten, um seine Merkmalswichtigkeit zu sehen.</translation>
    </message>
    <message>
        <source>Candidate #%1 has no predictions: it did not finish (%2).</source>
        <translation>Kandidat #%1 hat keine Vorhersagen: Er wurde nicht abgeschlossen (%2).</translation>
    </message>
    <message>
        <source>The predictions of candidate #%1 are not available here.</source>
        <translation>Die Vorhersagen von Kandidat #%1 sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1 once the engine is free…</source>
        <translation>Die Vorhersagen von Kandidat #%1 werden geladen, sobald die Engine frei ist …</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1…</source>
        <translation>Vorhersagen von Kandidat #%1 werden geladen …</translation>
    </message>
    <message>
        <source>Loading the predictions of candidate #%1</source>
        <translation>Vorhersagen von Kandidat #%1 laden</translation>
    </message>
    <message>
        <source>No importance: the candidate did not finish.</source>
        <translation>Keine Wichtigkeit: Der Kandidat wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Computing feature importance…</source>
        <translation>Merkmalswichtigkeit wird berechnet …</translation>
    </message>
    <message>
        <source>Not computed for this candidate yet: press Compute importance.
(A run computes it for its best when its budget leaves time.)</source>
        <translation>Für diesen Kandidaten noch nicht berechnet: „Wichtigkeit berechnen“ drücken.
(Ein Lauf berechnet sie für seinen besten, wenn sein Budget Zeit lässt.)</translation>
    </message>
    <message>
        <source>Computing the feature importance of candidate #%1</source>
        <translation>Merkmalswichtigkeit von Kandidat #%1 berechnen</translation>
    </message>
    <message>
        <source>Cannot show the predictions: %1</source>
        <translation>Die Vorhersagen können nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Cannot compute the importance: %1</source>
        <translation>Die Wichtigkeit kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop computing the importance (nothing is stored)</source>
        <translation>Die Berechnung der Wichtigkeit anhalten (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>Permutation importance on the candidate&apos;s out-of-fold rows (refits it per fold; stored with the candidate). Runs beside a live run at lower priority.</source>
        <translation>Permutationswichtigkeit auf den Out-of-Fold-Zeilen des Kandidaten (trainiert ihn je Fold neu; wird mit dem Kandidaten gespeichert). Läuft neben einem laufenden Lauf mit niedrigerer Priorität.</translation>
    </message>
    <message>
        <source>Not computed yet for this candidate
(computing it stops the one for candidate #%1).</source>
        <translation>Für diesen Kandidaten noch nicht berechnet
(die Berechnung hält die für Kandidat #%1 an).</translation>
    </message>
</context>
<context>
    <name>tern::ui::CandidateTableModel</name>
    <message>
        <source>Scored on %1 of the run&apos;s %2 validation folds: the rest would have exceeded its time limit, so this score is noisier than those of candidates scored on every fold</source>
        <translation>Auf %1 der %2 Validierungsfolds des Laufs bewertet: Die übrigen hätten sein Zeitlimit überschritten, daher schwankt diese Bewertung stärker als die der Kandidaten, die auf allen Folds bewertet wurden</translation>
    </message>
    <message>
        <source>Size of the fitted model with its preprocessing, serialised without compression (model.tern compresses it, usually to less)</source>
        <translation>Größe des angepassten Modells mit seiner Vorverarbeitung, serialisiert ohne Kompression (model.tern komprimiert es, meist auf weniger)</translation>
    </message>
    <message>
        <source>%1 over all out-of-fold predictions pooled (each row predicted by a model that did not train on it); Score is the mean of the per-fold values, so the two can differ a little</source>
        <translation>%1 über alle zusammengelegten Out-of-Fold-Vorhersagen (jede Zeile von einem Modell vorhergesagt, das nicht auf ihr trainiert wurde); die Punktzahl ist der Mittelwert der Werte je Fold, daher können beide leicht abweichen</translation>
    </message>
    <message>
        <source>%1 variant: the candidate&apos;s score moved by the change the variant showed against fp32 on the held-out rows both were scored on (%2 against %3)</source>
        <translation>Variante %1: die Punktzahl des Kandidaten, verschoben um die Änderung der Variante gegenüber fp32 auf den zurückgehaltenen Zeilen, auf denen beide bewertet wurden (%2 gegenüber %3)</translation>
    </message>
    <message>
        <source>%1 variant of this candidate, scored on its out-of-fold rows</source>
        <translation>%1-Variante dieses Kandidaten, bewertet auf seinen Out-of-Fold-Zeilen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Score ± std</source>
        <translation>Bewertung ± Std.</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <source>Fit time</source>
        <translation>Trainingszeit</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Slower than the run&apos;s latency budget</source>
        <translation>Langsamer als das Latenzbudget des Laufs</translation>
    </message>
    <message>
        <source>The run&apos;s metric on cross-validation: the mean over the folds (forward in time, weighted towards the folds with more history) ± their standard deviation</source>
        <translation>Die Metrik des Laufs in der Kreuzvalidierung: Mittelwert über die Folds (vorwärts in der Zeit zugunsten der Folds mit mehr Vorgeschichte gewichtet) ± ihre Standardabweichung</translation>
    </message>
    <message>
        <source>Mean time to fit the candidate on one fold</source>
        <translation>Mittlere Zeit, um den Kandidaten auf einem Fold zu trainieren</translation>
    </message>
    <message>
        <source>Median time to predict one row, preprocessing included, on one thread</source>
        <translation>Median der Zeit für die Vorhersage einer Zeile, mit Vorverarbeitung, auf einem Thread</translation>
    </message>
    <message>
        <source>99th percentile of the time to predict one row</source>
        <translation>99. Perzentil der Zeit für die Vorhersage einer Zeile</translation>
    </message>
    <message>
        <source>Rows predicted per second in batches of up to 1,000</source>
        <translation>Vorhergesagte Zeilen pro Sekunde in Stapeln von bis zu 1.000</translation>
    </message>
    <message>
        <source>Failed and timed-out candidates show their error as a tooltip</source>
        <translation>Fehlgeschlagene und zeitüberschrittene Kandidaten zeigen ihren Fehler als Tooltip</translation>
    </message>
    <message>
        <source>(%1 of %2 folds)</source>
        <translation>(%1 von %2 Folds)</translation>
    </message>
    <message>
        <source>#%1 %2 scores %3 against %4</source>
        <translation>#%1 %2 erzielt %3 gegenüber %4</translation>
    </message>
    <message>
        <source>%1, but it is slower than the run&apos;s latency budget.</source>
        <translation>%1, ist aber langsamer als das Latenzbudget des Laufs.</translation>
    </message>
    <message>
        <source>%1: a single candidate&apos;s score is the best of many tries on the same folds, which flatters it, so the run chose the ensemble. Select #%2 and export it if you prefer it.</source>
        <translation>%1: der Wert eines einzelnen Kandidaten ist der beste vieler Versuche auf denselben Folds und schmeichelt ihm, daher wählte der Lauf das Ensemble. Wählen Sie #%2 aus und exportieren Sie ihn, wenn Sie ihn vorziehen.</translation>
    </message>
    <message>
        <source>#%1 Ensemble holds #%2 alone: the run chose #%2 itself, which exports in every precision its family has.</source>
        <translation>#%1 Ensemble enthält nur #%2: Der Lauf wählte #%2 selbst, das sich in jeder Genauigkeit seiner Familie exportieren lässt.</translation>
    </message>
    <message>
        <source>The run&apos;s chosen model. An ensemble of two or more members is chosen whenever the run has one: its score is measured on rows its weights were not chosen on, while a single candidate&apos;s is the best of many tries on the same folds, which flatters it. Without an ensemble, the best score. Within the latency budget, when there is one; when no candidate meets it, the best of the fastest. Any other candidate can be exported instead.</source>
        <translation>Das gewählte Modell des Laufs. Ein Ensemble aus zwei oder mehr Mitgliedern wird gewählt, wann immer der Lauf eines hat: Seine Bewertung wird auf Zeilen gemessen, auf denen seine Gewichte nicht gewählt wurden, während die eines einzelnen Kandidaten das Beste vieler Versuche auf denselben Folds ist, was sie schönt. Ohne Ensemble die beste Bewertung. Innerhalb des Latenzbudgets, falls es eines gibt; erfüllt es kein Kandidat, der beste der schnellsten. Jeder andere Kandidat kann stattdessen exportiert werden.</translation>
    </message>
    <message>
        <source>%1, but no candidate meets the run&apos;s latency budget, so the run chose among the fastest.</source>
        <translation>%1, aber kein Kandidat erfüllt das Latenzbudget des Laufs, daher wählte der Lauf unter den schnellsten.</translation>
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
    <name>tern::ui::ConfusionMatrixModel</name>
    <message>
        <source>%1 rows of class %2 predicted as %3 (%4 % of the class)</source>
        <translation>%1 Zeilen der Klasse %2 als %3 vorhergesagt (%4 % der Klasse)</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>vorhergesagt %1</translation>
    </message>
    <message>
        <source>actual %1</source>
        <translation>tatsächlich %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::ConfusionMatrixPlot</name>
    <message>
        <source>Predicted class</source>
        <translation>Vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>Actual class</source>
        <translation>Tatsächliche Klasse</translation>
    </message>
    <message>
        <source>No confusion matrix</source>
        <translation>Keine Konfusionsmatrix</translation>
    </message>
    <message>
        <source>Actual: %1
Predicted: %2
Count: %3 of %4 (%5)</source>
        <translation>Tatsächlich: %1
Vorhergesagt: %2
Anzahl: %3 von %4 (%5)</translation>
    </message>
    <message>
        <source>Actual class: %1
Rows: %2</source>
        <translation>Tatsächliche Klasse: %1
Zeilen: %2</translation>
    </message>
    <message>
        <source>Predicted class: %1
Rows predicted: %2</source>
        <translation>Vorhergesagte Klasse: %1
Vorhergesagte Zeilen: %2</translation>
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
    <name>tern::ui::ExportCandidatePicker</name>
    <message>
        <source>The AutoML run whose candidate you export</source>
        <translation>Der AutoML-Lauf, dessen Kandidaten Sie exportieren</translation>
    </message>
    <message>
        <source>The candidate to export: the winner, or any other that fits your latency budget</source>
        <translation>Der zu exportierende Kandidat: der Sieger oder ein anderer, der in Ihr Latenzbudget passt</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>Cannot read the runs: %1</source>
        <translation>Die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run %1 · %2 → %3 (%4)</source>
        <translation>Lauf %1 · %2 → %3 (%4)</translation>
    </message>
    <message>
        <source>Cannot read run %1: %2</source>
        <translation>Lauf %1 kann nicht gelesen werden: %2</translation>
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
        <translation>Das Modell wurde auf %1 trainiert.</translation>
    </message>
    <message>
        <source>The store could not record the export: %1</source>
        <translation>Der Speicher konnte den Export nicht festhalten: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation>&amp;Vorhersagen …</translation>
    </message>
    <message>
        <source>The numeric precision of the exported model</source>
        <translation>Das Zahlenformat des exportierten Modells</translation>
    </message>
    <message>
        <source>Write model.onnx, model.tern and model_card.json into a new folder</source>
        <translation>model.onnx, model.tern und model_card.json in einen neuen Ordner schreiben</translation>
    </message>
    <message>
        <source>Stop the export; nothing is left behind</source>
        <translation>Den Export abbrechen; nichts bleibt zurück</translation>
    </message>
    <message>
        <source>Show the exported folder in the file manager</source>
        <translation>Den exportierten Ordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Load an exported model (the last one written here) and predict a table with it</source>
        <translation>Ein exportiertes Modell laden (das zuletzt hier geschriebene) und damit eine Tabelle vorhersagen</translation>
    </message>
    <message>
        <source>Export failed.</source>
        <translation>Export fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Pre&amp;cision:</source>
        <translation>Zahlen&amp;format:</translation>
    </message>
    <message>
        <source>Export candidate %1 (%2)</source>
        <translation>Kandidat %1 exportieren (%2)</translation>
    </message>
    <message>
        <source>Wrote %1 (model.tern %2).</source>
        <translation>%1 geschrieben (model.tern %2).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Export into a new sub-folder %1 of</source>
        <translation>In einen neuen Unterordner %1 exportieren, in</translation>
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
        <translation>wird bewertet …</translation>
    </message>
    <message>
        <source>Export a model</source>
        <translation>Ein Modell exportieren</translation>
    </message>
    <message>
        <source>Choose a candidate and see what each precision costs it before you export: model.onnx runs in ONNX Runtime, model.tern in Tern, model_card.json describes it.</source>
        <translation>Wählen Sie einen Kandidaten und sehen Sie vor dem Export, was ihn jedes Zahlenformat kostet: model.onnx läuft in ONNX Runtime, model.tern in Tern, model_card.json beschreibt ihn.</translation>
    </message>
    <message>
        <source>Fraction of ternary residual blocks kept at inference: fewer blocks, less compute, usually a lower score. No retraining needed.</source>
        <translation>Anteil der ternären Residualblöcke, die bei der Inferenz bleiben: weniger Blöcke, weniger Rechenaufwand, meist eine niedrigere Bewertung. Kein erneutes Training nötig.</translation>
    </message>
    <message>
        <source>Ternary residual &amp;blocks kept:</source>
        <translation>Ternäre Residual&amp;blöcke behalten:</translation>
    </message>
    <message>
        <source>Cannot evaluate the ternary variant: %1</source>
        <translation>Die ternäre Variante kann nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Run %1 has no finished candidate #%2 in %3.</source>
        <translation>Lauf %1 hat in %3 keinen abgeschlossenen Kandidaten #%2.</translation>
    </message>
    <message>
        <source>No finished candidate yet: run AutoML on the Run page, or pick another run.</source>
        <translation>Noch kein abgeschlossener Kandidat: Starten Sie AutoML auf der Seite „Lauf“ oder wählen Sie einen anderen Lauf.</translation>
    </message>
    <message>
        <source>Only fp32 for %1 candidates: bf16, int8 and ternary variants exist for MLP and linear models, whose weights are dense layers that can be quantised.</source>
        <translation>Nur fp32 für %1-Kandidaten: bf16-, int8- und ternäre Varianten gibt es für MLP- und lineare Modelle, deren Gewichte dichte Schichten sind, die sich quantisieren lassen.</translation>
    </message>
    <message>
        <source>This run has none.</source>
        <translation>Dieser Lauf hat keinen.</translation>
    </message>
    <message>
        <source>The best of them in this run: %1.</source>
        <translation>Der beste davon in diesem Lauf: %1.</translation>
    </message>
    <message>
        <source>The search stored no precision variants for this candidate; export quantises it anyway and the slider measures ternary on demand.</source>
        <translation>Die Suche hat für diesen Kandidaten keine Zahlenformat-Varianten gespeichert; der Export quantisiert ihn trotzdem, und der Schieberegler misst ternär bei Bedarf.</translation>
    </message>
    <message>
        <source>Ternary at this fraction was measured just now on %1, so its change is against fp32 on those rows; the other rows come from the search&apos;s out-of-fold scores.</source>
        <translation>Ternär bei diesem Anteil wurde gerade auf %1 gemessen; die Änderung bezieht sich daher auf fp32 auf diesen Zeilen. Die übrigen Zeilen stammen aus den Out-of-Fold-Bewertungen der Suche.</translation>
    </message>
    <message>
        <source>bf16, int8 and ternary quantise this ensemble&apos;s MLP and linear members and keep its other members in fp32; the model card gives each member&apos;s precision.</source>
        <translation>bf16, int8 und ternär quantisieren die MLP- und linearen Mitglieder dieses Ensembles und lassen die übrigen in fp32; die Modellkarte nennt die Genauigkeit jedes Mitglieds.</translation>
    </message>
    <message>
        <source>bf16, int8 and ternary were measured just now on %1, so their changes are against fp32 on those rows.</source>
        <translation>bf16, int8 und ternär wurden soeben auf %1 gemessen; ihre Änderungen beziehen sich daher auf fp32 auf diesen Zeilen.</translation>
    </message>
</context>
<context>
    <name>tern::ui::ExportablePlot</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tern::ui::HistoryPage</name>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected run with its candidates and models, or the selected OCR job with its results (or press Delete on it)</source>
        <translation>Den gewählten Lauf mit seinen Kandidaten und Modellen oder den gewählten OCR-Auftrag mit seinen Ergebnissen löschen (oder Entf darauf drücken)</translation>
    </message>
    <message>
        <source>Delete OCR Job</source>
        <translation>OCR-Auftrag löschen</translation>
    </message>
    <message>
        <source>Delete OCR job %1 with its results? This cannot be undone.</source>
        <translation>OCR-Auftrag %1 mit seinen Ergebnissen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Could not delete OCR job %1</source>
        <translation>OCR-Auftrag %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted OCR job %1.</source>
        <translation>OCR-Auftrag %1 gelöscht.</translation>
    </message>
    <message>
        <source>Filter runs by dataset, target, metric, status or model</source>
        <translation>Läufe nach Datensatz, Zielspalte, Metrik, Status oder Modell filtern</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>No run %1 in the store.</source>
        <translation>Kein Lauf %1 im Speicher.</translation>
    </message>
    <message numerus="yes">
        <source>Delete run %1 (%2, target %3) with its %n candidate(s), their models and predictions? This cannot be undone.</source>
        <translation>
            <numerusform>Lauf %1 (%2, Zielspalte %3) mit seinem %n Kandidaten, dessen Modell und Vorhersagen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Lauf %1 (%2, Zielspalte %3) mit seinen %n Kandidaten, ihren Modellen und Vorhersagen löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete run %1</source>
        <translation>Lauf %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Lauf %1 gelöscht.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>AutoML runs</source>
        <translation>AutoML-Läufe</translation>
    </message>
    <message>
        <source>OCR jobs</source>
        <translation>OCR-Aufträge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected run on the Leaderboard, or the selected OCR job on its page (or press Enter on it)</source>
        <translation>Den gewählten Lauf in der Rangliste öffnen oder den gewählten OCR-Auftrag auf seiner Seite (oder Enter darauf drücken)</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n Lauf, neuester zuerst.</numerusform>
            <numerusform>%n Läufe, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OCR job(s).</source>
        <translation>
            <numerusform>%n OCR-Auftrag.</numerusform>
            <numerusform>%n OCR-Aufträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter OCR jobs by status or file</source>
        <translation>OCR-Aufträge nach Status oder Datei filtern</translation>
    </message>
</context>
<context>
    <name>tern::ui::ImageFolderPanel</name>
    <message>
        <source>All %1 × %2 pixels.</source>
        <translation>Alle %1 × %2 Pixel.</translation>
    </message>
    <message>
        <source>%1 sizes, from %2 × %3 to %4 × %5 pixels.</source>
        <translation>%1 Größen, von %2 × %3 bis %4 × %5 Pixel.</translation>
    </message>
    <message>
        <source>Some entries are not read (hover for which).</source>
        <translation>Einige Einträge werden nicht gelesen (Mauszeiger zeigt welche).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
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
    <name>tern::ui::ImportancePlot</name>
    <message>
        <source>Importance per pixel
(%1 × %2 input image)</source>
        <translation>Wichtigkeit je Pixel
(%1 × %2-Eingabebild)</translation>
    </message>
    <message>
        <source>No single pixel lowers the score when shuffled: the models read the image as a whole</source>
        <translation>Kein einzelnes Pixel senkt die Bewertung, wenn es gemischt wird: Die Modelle lesen das Bild als Ganzes</translation>
    </message>
    <message>
        <source>Pixel column</source>
        <translation>Pixelspalte</translation>
    </message>
    <message>
        <source>Pixel row</source>
        <translation>Pixelzeile</translation>
    </message>
    <message>
        <source>Metric drop</source>
        <translation>Rückgang der Metrik</translation>
    </message>
    <message>
        <source>Pixel row %1, column %2: %3 ± %4</source>
        <translation>Pixelzeile %1, Spalte %2: %3 ± %4</translation>
    </message>
    <message>
        <source>No feature importance</source>
        <translation>Keine Merkmalswichtigkeit</translation>
    </message>
    <message>
        <source>Top %1 of %2 features</source>
        <translation>Die wichtigsten %1 von %2 Merkmalen</translation>
    </message>
    <message>
        <source>Permutation importance</source>
        <translation>Permutationswichtigkeit</translation>
    </message>
    <message>
        <source>Metric drop when shuffled</source>
        <translation>Metrikverlust beim Mischen</translation>
    </message>
    <message numerus="yes">
        <source>+ %n colour input(s), top drop %1</source>
        <translation>
            <numerusform>+ %n Farbeingabe, größter Rückgang %1</numerusform>
            <numerusform>+ %n Farbeingaben, größter Rückgang %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ImputationDialog</name>
    <message>
        <source>Searched</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Häufigster Wert</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>k nearest neighbours</source>
        <translation>k nächste Nachbarn</translation>
    </message>
    <message>
        <source>Iterative (regression on the other columns)</source>
        <translation>Iterativ (Regression auf die anderen Spalten)</translation>
    </message>
    <message>
        <source>None: left missing (XGBoost only)</source>
        <translation>Keine: bleibt fehlend (nur XGBoost)</translation>
    </message>
    <message>
        <source>Each candidate tries its own strategy; the search keeps what scores best.</source>
        <translation>Jeder Kandidat probiert seine eigene Strategie; die Suche behält, was am besten abschneidet.</translation>
    </message>
    <message>
        <source>Missing cells read as 0.</source>
        <translation>Fehlende Zellen werden als 0 gelesen.</translation>
    </message>
    <message>
        <source>Missing cells are a category of their own.</source>
        <translation>Fehlende Zellen bilden eine eigene Kategorie.</translation>
    </message>
    <message>
        <source>Missing cells stay missing for the model. Only XGBoost reads them: the other families are left out of the run.</source>
        <translation>Fehlende Zellen bleiben für das Modell fehlend. Nur XGBoost liest sie: die anderen Familien werden im Lauf ausgelassen.</translation>
    </message>
    <message>
        <source>Imputation</source>
        <translation>Imputation</translation>
    </message>
    <message>
        <source>How the run fills each column&apos;s missing cells. No row is dropped for a missing value. Indicator columns that mark the filled cells are searched either way.</source>
        <translation>Wie der Lauf die fehlenden Zellen jeder Spalte füllt. Keine Zeile wird wegen eines fehlenden Werts verworfen. Indikatorspalten, die die gefüllten Zellen markieren, werden in jedem Fall gesucht.</translation>
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
        <source>Missing</source>
        <translation>Fehlend</translation>
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
        <translation>%1-Variante von #%2: gemessen wurden ihre Bewertung und Latenz; die gezeigten Vorhersagen und die Wichtigkeit sind die des fp32-Modells.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) set aside</source>
        <translation>
            <numerusform>%n Spalte beiseitegelassen</numerusform>
            <numerusform>%n Spalten beiseitegelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not features:</source>
        <translation>Beiseitegelassen, keine Merkmale:</translation>
    </message>
    <message>
        <source>No candidate matches the filter.</source>
        <translation>Kein Kandidat passt zum Filter.</translation>
    </message>
    <message>
        <source>Run %1 was deleted.</source>
        <translation>Lauf %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>No run yet: start one on the Run page or reopen one from History.</source>
        <translation>Noch kein Lauf: Starten Sie einen auf der Seite „Lauf“ oder öffnen Sie einen aus dem Verlauf.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Filter by family or status…</source>
        <translation>Nach Familie oder Status filtern …</translation>
    </message>
    <message>
        <source>Export the selected candidate in fp32, bf16, int8 or ternary precision</source>
        <translation>Den gewählten Kandidaten im Zahlenformat fp32, bf16, int8 oder ternär exportieren</translation>
    </message>
    <message>
        <source>Select a candidate to see its parameters and per-fold scores.</source>
        <translation>Wählen Sie einen Kandidaten, um seine Parameter und Bewertungen je Fold zu sehen.</translation>
    </message>
    <message>
        <source>Predictions and importance</source>
        <translation>Vorhersagen und Wichtigkeit</translation>
    </message>
    <message>
        <source>Parameters and scores</source>
        <translation>Parameter und Bewertungen</translation>
    </message>
    <message>
        <source>Score vs latency</source>
        <translation>Bewertung gegen Latenz</translation>
    </message>
    <message>
        <source>Best score over time</source>
        <translation>Beste Bewertung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Run %1 (in progress)</source>
        <translation>Lauf %1 (läuft)</translation>
    </message>
    <message>
        <source>Run %1: %2 → %3 (%4, %5)</source>
        <translation>Lauf %1: %2 → %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Cannot open run %1: %2</source>
        <translation>Lauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>custom metric</source>
        <translation>eigene Metrik</translation>
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
    <message>
        <source>&amp;Predict with Exported Model…</source>
        <translation>Mit exportiertem Modell &amp;vorhersagen …</translation>
    </message>
    <message>
        <source>Load a folder written by Export and predict a table with it</source>
        <translation>Einen vom Export geschriebenen Ordner laden und damit eine Tabelle vorhersagen</translation>
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
    <name>tern::ui::Metric</name>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <source>F1 (macro)</source>
        <translation>F1 (Makro)</translation>
    </message>
    <message>
        <source>ROC AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
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
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>A&amp;usdruck:</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Besser:</translation>
    </message>
    <message>
        <source>Task default</source>
        <translation>Standard der Aufgabe</translation>
    </message>
    <message>
        <source>Custom expression</source>
        <translation>Eigener Ausdruck</translation>
    </message>
    <message>
        <source>e.g. (tp/(tp+fn)+tn/(tn+fp))/2</source>
        <translation>z. B. (tp/(tp+fn)+tn/(tn+fp))/2</translation>
    </message>
    <message>
        <source>Enter an expression over tp, fp, tn, fn (or the regression errors).</source>
        <translation>Geben Sie einen Ausdruck über tp, fp, tn, fn ein (oder über die Regressionsfehler).</translation>
    </message>
    <message>
        <source>e.g. sqrt(mse)</source>
        <translation>z. B. sqrt(mse)</translation>
    </message>
</context>
<context>
    <name>tern::ui::MissingValuesPlot</name>
    <message>
        <source>% of rows</source>
        <translation>% der Zeilen</translation>
    </message>
    <message>
        <source>No missing values</source>
        <translation>Keine fehlenden Werte</translation>
    </message>
    <message numerus="yes">
        <source>% of rows (top %n)</source>
        <translation>
            <numerusform>% der Zeilen (die %n mit den meisten)</numerusform>
            <numerusform>% der Zeilen (die %n mit den meisten)</numerusform>
        </translation>
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
    <name>tern::ui::OcrAttributes</name>
    <message>
        <source>Net quantity: %1</source>
        <translation>Nettomenge: %1</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Ingredients: %1</source>
        <translation>Zutaten: %1</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Charge: %1</translation>
    </message>
    <message>
        <source>(MRP)</source>
        <translation>(UVP)</translation>
    </message>
    <message>
        <source>Best before</source>
        <translation>Mindestens haltbar bis</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfallsdatum</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrImageView</name>
    <message>
        <source>Ctrl+wheel zooms, drag pans, double-click fits</source>
        <translation>Strg+Mausrad zoomt, Ziehen verschiebt, Doppelklick passt ein</translation>
    </message>
    <message>
        <source>%1 (confidence %2)</source>
        <translation>%1 (Konfidenz %2)</translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrPage</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No text found</source>
        <translation>Kein Text gefunden</translation>
    </message>
    <message>
        <source>No text found · %1</source>
        <translation>Kein Text gefunden · %1</translation>
    </message>
    <message>
        <source>No text found in this image</source>
        <translation>In diesem Bild wurde kein Text gefunden</translation>
    </message>
    <message numerus="yes">
        <source> · %n could not be read</source>
        <translation>
            <numerusform> · %n konnte nicht gelesen werden</numerusform>
            <numerusform> · %n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Word confidence:</source>
        <translation>Wort-Konfidenz:</translation>
    </message>
    <message>
        <source>85 % or more</source>
        <translation>85 % oder mehr</translation>
    </message>
    <message>
        <source>60–85 %</source>
        <translation>60–85 %</translation>
    </message>
    <message>
        <source>below 60 %</source>
        <translation>unter 60 %</translation>
    </message>
    <message>
        <source>Text %1 (regions %2) · confidence %3 % · %4</source>
        <translation>Text %1 (Bereiche %2) · Konfidenz %3 % · %4</translation>
    </message>
    <message>
        <source>at %1°</source>
        <translation>bei %1°</translation>
    </message>
    <message>
        <source>stacked vertically</source>
        <translation>senkrecht gestapelt</translation>
    </message>
    <message>
        <source>Text %1 · confidence %2 % · %3</source>
        <translation>Text %1 · Konfidenz %2 % · %3</translation>
    </message>
    <message>
        <source>No net quantity, price, origin, ingredients, dates or batch found in the text.</source>
        <translation>Im Text keine Nettomenge, kein Preis, keine Herkunft, Zutaten, Daten oder Charge gefunden.</translation>
    </message>
    <message>
        <source>Drop product images or a folder here to read their text</source>
        <translation>Produktbilder oder einen Ordner hierher ziehen, um ihren Text zu lesen</translation>
    </message>
    <message>
        <source>Select an image to see its text</source>
        <translation>Ein Bild auswählen, um seinen Text zu sehen</translation>
    </message>
    <message>
        <source>This image could not be read.</source>
        <translation>Dieses Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Drop product images or a folder here, or open them.</source>
        <translation>Produktbilder oder einen Ordner hierher ziehen oder sie öffnen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <source>Open Images...</source>
        <translation>Bilder öffnen …</translation>
    </message>
    <message>
        <source>Open Folder...</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Read the text of product images (png, jpg, tiff, bmp, webp)</source>
        <translation>Den Text von Produktbildern lesen (png, jpg, tiff, bmp, webp)</translation>
    </message>
    <message>
        <source>Read every image in a folder and its sub-folders</source>
        <translation>Alle Bilder eines Ordners und seiner Unterordner lesen</translation>
    </message>
    <message>
        <source>Stop reading; the images already read are kept</source>
        <translation>Lesen anhalten; bereits gelesene Bilder bleiben erhalten</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Text of the selected image</source>
        <translation>Text des ausgewählten Bildes</translation>
    </message>
    <message>
        <source>Net quantity, price, origin, ingredients, dates, batch</source>
        <translation>Nettomenge, Preis, Herkunft, Zutaten, Daten, Charge</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Opening OCR job %1</source>
        <translation>OCR-Auftrag %1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Lesen …</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n image(s)</source>
        <translation>
            <numerusform>Abgebrochen nach %n Bild</numerusform>
            <numerusform>Abgebrochen nach %n Bildern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n image(s)</source>
        <translation>
            <numerusform>%n Bild gelesen</numerusform>
            <numerusform>%n Bilder gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Image Folder</source>
        <translation>Bildordner öffnen</translation>
    </message>
    <message>
        <source>Export OCR Results</source>
        <translation>OCR-Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Reading... %n image(s) read</source>
        <translation>
            <numerusform>Lesen … %n Bild gelesen</numerusform>
            <numerusform>Lesen … %n Bilder gelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrWorker</name>
    <message numerus="yes">
        <source>The OCR worker crashed after %n image(s): %1</source>
        <translation>
            <numerusform>Der OCR-Hilfsprozess ist nach %n Bild abgestürzt: %1</numerusform>
            <numerusform>Der OCR-Hilfsprozess ist nach %n Bildern abgestürzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The OCR worker ended with exit code %1</source>
        <translation>Der OCR-Hilfsprozess endete mit Exit-Code %1</translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot start the OCR worker %1: %2</source>
        <translation>Der OCR-Hilfsprozess %1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::PredictDialog</name>
    <message>
        <source>No score: no row&apos;s target is a class the model knows (%1).</source>
        <translation>Keine Bewertung: Das Ziel keiner Zeile ist eine Klasse, die das Modell kennt (%1).</translation>
    </message>
    <message>
        <source>No score: %1.</source>
        <translation>Keine Bewertung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of a class the model does not know (%1) are not scored.</source>
        <translation>
            <numerusform>%n Zeile einer Klasse, die das Modell nicht kennt (%1), wird nicht bewertet.</numerusform>
            <numerusform>%n Zeilen einer Klasse, die das Modell nicht kennt (%1), werden nicht bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The target column may be absent; when the table holds it, the model is scored on it as well</source>
        <translation>Die Zielspalte darf fehlen; enthält die Tabelle sie, wird das Modell auch darauf bewertet</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on the %n row(s) with a known target.</source>
        <translation>
            <numerusform>%1 %2 auf der %n Zeile mit bekanntem Ziel.</numerusform>
            <numerusform>%1 %2 auf den %n Zeilen mit bekanntem Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some rows lie outside what the model learned; their predictions deserve less trust. %1</source>
        <translation>Einige Zeilen liegen außerhalb dessen, was das Modell gelernt hat; ihren Vorhersagen ist weniger zu trauen. %1</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Choose &amp;Images…</source>
        <translation>&amp;Bilder wählen…</translation>
    </message>
    <message>
        <source>A folder of images (its sub-folders too), or drop one image here</source>
        <translation>Ein Ordner mit Bildern (samt Unterordnern), oder ein einzelnes Bild hierher ziehen</translation>
    </message>
    <message>
        <source>Choose a folder of images to predict</source>
        <translation>Ordner mit Bildern für die Vorhersage wählen</translation>
    </message>
    <message>
        <source>, predicts images</source>
        <translation>, sagt Bilder vorher</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and are left out, the first: %1 (%2)</source>
        <translation>
            <numerusform>%n Bild konnte nicht gelesen werden und bleibt außen vor: %1 (%2)</numerusform>
            <numerusform>%n Bilder konnten nicht gelesen werden und bleiben außen vor, das erste: %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model once the running job ends…</source>
        <translation>Das Modell wird geladen, sobald der laufende Auftrag endet …</translation>
    </message>
    <message>
        <source>Predicting once the running job ends…</source>
        <translation>Die Vorhersage beginnt, sobald der laufende Auftrag endet …</translation>
    </message>
    <message>
        <source>No model loaded: choose or drop an exported folder.</source>
        <translation>Kein Modell geladen: Wählen Sie einen exportierten Ordner oder ziehen Sie ihn hierher.</translation>
    </message>
    <message>
        <source>&amp;Predict</source>
        <translation>&amp;Vorhersagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>CSV &amp;speichern …</translation>
    </message>
    <message>
        <source>Predict with an Exported Model</source>
        <translation>Mit einem exportierten Modell vorhersagen</translation>
    </message>
    <message>
        <source>A folder written by Export (holding model.tern)</source>
        <translation>Ein vom Export geschriebener Ordner (mit model.tern)</translation>
    </message>
    <message>
        <source>A CSV, TSV or ARFF table with the model&apos;s columns</source>
        <translation>Eine CSV-, TSV- oder ARFF-Tabelle mit den Spalten des Modells</translation>
    </message>
    <message>
        <source>Choose &amp;Model…</source>
        <translation>&amp;Modell wählen …</translation>
    </message>
    <message>
        <source>Choose &amp;Table…</source>
        <translation>&amp;Tabelle wählen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tabelle:</translation>
    </message>
    <message>
        <source>Load exported model</source>
        <translation>Exportiertes Modell laden</translation>
    </message>
    <message>
        <source>%1 model in %2</source>
        <translation>%1-Modell in %2</translation>
    </message>
    <message>
        <source>, classes: %1</source>
        <translation>, Klassen: %1</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Modell wird geladen …</translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation>%1 vorhersagen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) predicted.</source>
        <translation>
            <numerusform>%n Zeile vorhergesagt.</numerusform>
            <numerusform>%n Zeilen vorhergesagt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation>Vorhersage läuft …</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Choose an exported model folder</source>
        <translation>Einen exportierten Modellordner wählen</translation>
    </message>
    <message>
        <source>Choose a table to predict</source>
        <translation>Eine vorherzusagende Tabelle wählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.arff);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.arff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>%1 is neither an exported model folder nor a table.</source>
        <translation>%1 ist weder ein exportierter Modellordner noch eine Tabelle.</translation>
    </message>
</context>
<context>
    <name>tern::ui::PredictionTableModel</name>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>P(%1)</source>
        <extracomment>Column header: the probability of one class.</extracomment>
        <translation>P(%1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::ResidualEvaluator</name>
    <message>
        <source>Ternary at residual fraction %1</source>
        <translation>Ternär bei Residualanteil %1</translation>
    </message>
</context>
<context>
    <name>tern::ui::ResidualPlot</name>
    <message>
        <source>Actual %1</source>
        <translation>Tatsächlich: %1</translation>
    </message>
    <message>
        <source>Predicted %1 (out of fold)</source>
        <translation>Vorhergesagt: %1 (out of fold)</translation>
    </message>
    <message>
        <source>Actual value</source>
        <translation>Tatsächlicher Wert</translation>
    </message>
    <message>
        <source>Predicted value (out of fold)</source>
        <translation>Vorhergesagter Wert (Out-of-Fold)</translation>
    </message>
    <message>
        <source>No predictions</source>
        <translation>Keine Vorhersagen</translation>
    </message>
    <message>
        <source>%1 rows, RMSE %2</source>
        <translation>%1 Zeilen, RMSE %2</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunListModel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>Gewähltes Modell</translation>
    </message>
    <message>
        <source>The model the run chose (its best within the latency budget) and its cross-validated score</source>
        <translation>Das vom Lauf gewählte Modell (sein bestes innerhalb des Latenzbudgets) und seine kreuzvalidierte Punktzahl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Budget %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
</context>
<context>
    <name>tern::ui::RunPage</name>
    <message>
        <source>An image folder&apos;s class is the sub-folder each image is in</source>
        <translation>Die Klasse eines Bildordners ist der Unterordner, in dem jedes Bild liegt</translation>
    </message>
    <message>
        <source>Not for regression: this target&apos;s task.</source>
        <translation>Nicht für Regression, die Aufgabe dieser Zielspalte.</translation>
    </message>
    <message>
        <source>Not for classification: this target&apos;s task.</source>
        <translation>Nicht für Klassifikation, die Aufgabe dieser Zielspalte.</translation>
    </message>
    <message>
        <source>Best so far:</source>
        <translation>Bisher am besten:</translation>
    </message>
    <message>
        <source>Chosen model:</source>
        <translation>Gewähltes Modell:</translation>
    </message>
    <message>
        <source>Run settings</source>
        <translation>Laufeinstellungen</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>Forward-in-time validation needs a date column; this table has none.</source>
        <translation>Die Validierung vorwärts in der Zeit braucht eine Datumsspalte; diese Tabelle hat keine.</translation>
    </message>
    <message>
        <source>Forward in time: each fold trains on the rows before its validation block, as a forecast is used. Random folds flatter a model on dated rows.</source>
        <translation>Vorwärts in der Zeit: Jeder Fold lernt auf den Zeilen vor seinem Validierungsblock, so wie eine Prognose eingesetzt wird. Zufällige Folds schönen ein Modell auf datierten Zeilen.</translation>
    </message>
    <message>
        <source>No table loaded (Data page).</source>
        <translation>Keine Tabelle geladen (Seite „Daten“).</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation>Binäre Klassifikation</translation>
    </message>
    <message>
        <source>Multiclass classification</source>
        <translation>Mehrklassen-Klassifikation</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Families:</source>
        <translation>Famil&amp;ien:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source> µs</source>
        <translation> µs</translation>
    </message>
    <message>
        <source>&amp;Latency budget:</source>
        <translation>&amp;Latenzbudget:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Max &amp;candidates:</source>
        <translation>Max. &amp;Kandidaten:</translation>
    </message>
    <message>
        <source>Refit the chosen model on all rows</source>
        <translation>Das gewählte Modell mit allen Zeilen neu anpassen</translation>
    </message>
    <message>
        <source>Off: keep the models fitted on the last fold, which is quicker on large data. A refit that would not fit the budget is skipped either way.</source>
        <translation>Aus: die im letzten Fold angepassten Modelle behalten, was bei großen Daten schneller ist. Eine Neuanpassung, die nicht ins Budget passt, entfällt in jedem Fall.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Resume interrupted</source>
        <translation>Unterbrochenen Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>Verstrichen:</translation>
    </message>
    <message>
        <source>Remaining:</source>
        <translation>Verbleibend:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>The search&apos;s log appears here.</source>
        <translation>Hier erscheint das Protokoll der Suche.</translation>
    </message>
    <message>
        <source>AutoML run</source>
        <translation>AutoML-Lauf</translation>
    </message>
    <message>
        <source>Resume run %1</source>
        <translation>Lauf %1 fortsetzen</translation>
    </message>
    <message>
        <source>No interrupted or cancelled run to resume.</source>
        <translation>Kein unterbrochener oder abgebrochener Lauf zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Run %1 %2: %3 candidates, %4 succeeded.</source>
        <translation>Lauf %1 %2: %3 Kandidaten, %4 erfolgreich.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run cancelled.</source>
        <translation>Lauf abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelling: the candidates already finished are kept.</source>
        <translation>Wird abgebrochen: Bereits fertige Kandidaten bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Continue run %1 where it stopped</source>
        <translation>Lauf %1 dort fortsetzen, wo er stehen blieb</translation>
    </message>
    <message>
        <source>F&amp;olds:</source>
        <translation>F&amp;olds:</translation>
    </message>
    <message>
        <source>Cross-validation folds (forward in time: expanding-window folds). Every fold validates on at least two rows, so a small table needs fewer folds.</source>
        <translation>Folds der Kreuzvalidierung (vorwärts in der Zeit: wachsende Zeitfenster). Jeder Fold validiert auf mindestens zwei Zeilen, eine kleine Tabelle braucht daher weniger Folds.</translation>
    </message>
    <message>
        <source>Rows with a target and a date in %1: %2; a holdout of the latest 20 % needs at least %3.</source>
        <translation>Zeilen mit Zielwert und Datum in %1: %2; ein Holdout der jüngsten 20 % braucht mindestens %3.</translation>
    </message>
    <message>
        <source>Rows with a target: %1; a 20 % holdout needs at least %2.</source>
        <translation>Zeilen mit Zielwert: %1; ein Holdout von 20 % braucht mindestens %2.</translation>
    </message>
    <message>
        <source>Rows with a target and a date in %1: %2; forward-in-time validation with %3 folds needs at least %4.</source>
        <translation>Zeilen mit Zielwert und Datum in %1: %2; die Validierung vorwärts in der Zeit mit %3 Folds braucht mindestens %4.</translation>
    </message>
    <message>
        <source>Rows with a target: %1; cross-validation with %2 folds needs at least %3, two to validate in each fold.</source>
        <translation>Zeilen mit Zielwert: %1; eine Kreuzvalidierung mit %2 Folds braucht mindestens %3, zwei zum Validieren in jedem Fold.</translation>
    </message>
    <message>
        <source>Set Folds to %1, or add rows.</source>
        <translation>Setzen Sie Folds auf %1 oder fügen Sie Zeilen hinzu.</translation>
    </message>
    <message>
        <source>Add rows to the table.</source>
        <translation>Fügen Sie der Tabelle Zeilen hinzu.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>&amp;Imputation:</source>
        <translation>&amp;Imputation:</translation>
    </message>
    <message>
        <source>Not needed for images</source>
        <translation>Für Bilder nicht nötig</translation>
    </message>
    <message>
        <source>No table loaded</source>
        <translation>Keine Tabelle geladen</translation>
    </message>
    <message>
        <source>No missing values</source>
        <translation>Keine fehlenden Werte</translation>
    </message>
    <message>
        <source>Searched…</source>
        <translation>Gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) pinned…</source>
        <translation>
            <numerusform>%n Spalte festgelegt…</numerusform>
            <numerusform>%n Spalten festgelegt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with missing values. Choose how each is filled, or let the search choose.</source>
        <translation>
            <numerusform>%n Spalte mit fehlenden Werten. Wählen Sie, wie sie gefüllt wird, oder überlassen Sie es der Suche.</numerusform>
            <numerusform>%n Spalten mit fehlenden Werten. Wählen Sie, wie jede gefüllt wird, oder überlassen Sie es der Suche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ScoreTimelinePlot</name>
    <message>
        <source>Seconds since the run started</source>
        <translation>Sekunden seit Start des Laufs</translation>
    </message>
    <message>
        <source>Cross-validated score</source>
        <translation>Kreuzvalidierte Bewertung</translation>
    </message>
    <message>
        <source>No scored candidate yet</source>
        <translation>Noch kein bewerteter Kandidat</translation>
    </message>
    <message>
        <source>best so far</source>
        <translation>bisher beste</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>Kandidat</translation>
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
    <message numerus="yes">
        <source>%n of these cell(s) held words among the numbers, read as missing; the first, data row %1: &apos;%2&apos;</source>
        <translation>
            <numerusform>%n dieser Zellen enthielt ein Wort zwischen den Zahlen, als fehlend gelesen; die erste, Datenzeile %1: &apos;%2&apos;</numerusform>
            <numerusform>%n dieser Zellen enthielten Wörter zwischen den Zahlen, als fehlend gelesen; die erste, Datenzeile %1: &apos;%2&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>beiseitegelegt</translation>
    </message>
    <message>
        <source>A run sets this column aside: %1</source>
        <translation>Ein Lauf legt diese Spalte beiseite: %1</translation>
    </message>
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
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date (%1)</source>
        <translation>Datum (%1)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Read with decimal commas, as quoted in the file (&quot;1,234&quot; is 1.234)</source>
        <translation>Mit Dezimalkommas gelesen, wie in der Datei in Anführungszeichen (&quot;1,234&quot; ist 1.234)</translation>
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
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>tern::ui::TablePanel</name>
    <message numerus="yes">
        <source>, %n duplicate row(s)</source>
        <translation>
            <numerusform>, %n doppelte Zeile</numerusform>
            <numerusform>, %n doppelte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows equal to an earlier row in every column. A duplicate that lands in a validation fold is predicted from memory, which flatters the scores.</source>
        <translation>Zeilen, die einer früheren Zeile in jeder Spalte gleichen. Landet ein Duplikat in einem Validierungs-Fold, wird es aus dem Gedächtnis vorhergesagt; das schönt die Werte.</translation>
    </message>
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
    <name>tern::ui::ThemeMenu</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Den hellen oder dunklen Farben des Desktops folgen</translation>
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
<context>
    <name>tern::ui::VariantTableModel</name>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>fp32&apos;s score plus this variant&apos;s change against fp32 on the held-out rows both were scored on (%1 against %2)</source>
        <translation>Die Punktzahl von fp32 plus die Änderung dieser Variante gegenüber fp32 auf den zurückgehaltenen Zeilen, auf denen beide bewertet wurden (%1 gegenüber %2)</translation>
    </message>
    <message>
        <source>Evaluating the newest residual fraction…</source>
        <translation>Der neueste Residualanteil wird bewertet …</translation>
    </message>
    <message>
        <source>Score change against fp32, in points (hundredths)</source>
        <translation>Änderung der Bewertung gegenüber fp32, in Punkten (Hundertsteln)</translation>
    </message>
    <message>
        <source>Measured now on %1; the change is against fp32 on the same rows</source>
        <translation>Gerade auf %1 gemessen; die Änderung bezieht sich auf fp32 auf denselben Zeilen</translation>
    </message>
    <message>
        <source>Ternary weights; the slider sets the fraction of residual blocks kept</source>
        <translation>Ternäre Gewichte; der Schieberegler legt den Anteil der behaltenen Residualblöcke fest</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Zahlenformat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>vs fp32 (pts)</source>
        <translation>ggü. fp32 (Pkt.)</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Multiplies/row</source>
        <translation>Multiplikationen/Zeile</translation>
    </message>
</context>
<context>
    <name>tern::ui::VariantTradeoffPlot</name>
    <message>
        <source>One-row latency p50 (µs, log scale)</source>
        <translation>Latenz einer Zeile p50 (µs, log. Skala)</translation>
    </message>
    <message>
        <source>Score change vs fp32 (points)</source>
        <translation>Änderung der Bewertung ggü. fp32 (Punkte)</translation>
    </message>
    <message>
        <source>No measured precision to draw yet</source>
        <translation>Noch kein gemessenes Zahlenformat zum Zeichnen</translation>
    </message>
    <message>
        <source>ternary, stored fractions</source>
        <translation>ternär, gespeicherte Anteile</translation>
    </message>
</context>
</TS>
