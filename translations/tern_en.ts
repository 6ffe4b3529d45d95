<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>tern::ui::DataPage</name>
    <message numerus="yes">
        <source>Loading %1... about %n second(s) left</source>
        <translation>
            <numerusform>Loading %1... about %n second left</numerusform>
            <numerusform>Loading %1... about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::HistoryPage</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete run %1 (%2, target %3) with its %n candidate(s), their models and predictions? This cannot be undone.</source>
        <translation>
            <numerusform>Delete run %1 (%2, target %3) with its %n candidate, its model and predictions? This cannot be undone.</numerusform>
            <numerusform>Delete run %1 (%2, target %3) with its %n candidates, their models and predictions? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first.</source>
        <translation>
            <numerusform>%n run, newest first.</numerusform>
            <numerusform>%n runs, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n OCR job(s).</source>
        <translation>
            <numerusform>%n OCR job.</numerusform>
            <numerusform>%n OCR jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ImageFolderPanel</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and are left out.</source>
        <translation>
            <numerusform>%n file could not be read and are left out.</numerusform>
            <numerusform>%n files could not be read and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrPage</name>
    <message numerus="yes">
        <source> · %n could not be read</source>
        <translation>
            <numerusform> · %n could not be read</numerusform>
            <numerusform> · %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n image(s)</source>
        <translation>
            <numerusform>Cancelled after %n image</numerusform>
            <numerusform>Cancelled after %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n image(s)</source>
        <translation>
            <numerusform>Read %n image</numerusform>
            <numerusform>Read %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading... %n image(s) read</source>
        <translation>
            <numerusform>Reading... %n image read</numerusform>
            <numerusform>Reading... %n images read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::OcrWorker</name>
    <message numerus="yes">
        <source>The OCR worker crashed after %n image(s): %1</source>
        <translation>
            <numerusform>The OCR worker crashed after %n image: %1</numerusform>
            <numerusform>The OCR worker crashed after %n images: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::PredictDialog</name>
    <message numerus="yes">
        <source>%n row(s) of a class the model does not know (%1) are not scored.</source>
        <translation>
            <numerusform>%n row of a class the model does not know (%1) is not scored.</numerusform>
            <numerusform>%n rows of a class the model does not know (%1) are not scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 on the %n row(s) with a known target.</source>
        <translation>
            <numerusform>%1 %2 on the %n row with a known target.</numerusform>
            <numerusform>%1 %2 on the %n rows with a known target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be read and are left out, the first: %1 (%2)</source>
        <translation>
            <numerusform>%n image could not be read and is left out: %1 (%2)</numerusform>
            <numerusform>%n images could not be read and are left out, the first: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) predicted.</source>
        <translation>
            <numerusform>%n row predicted.</numerusform>
            <numerusform>%n rows predicted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::MissingValuesPlot</name>
    <message numerus="yes">
        <source>% of rows (top %n)</source>
        <translation>
            <numerusform>% of rows (top %n)</numerusform>
            <numerusform>% of rows (top %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::TablePanel</name>
    <message numerus="yes">
        <source>, %n duplicate row(s)</source>
        <translation>
            <numerusform>, %n duplicate row</numerusform>
            <numerusform>, %n duplicate rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::LeaderboardPage</name>
    <message numerus="yes">
        <source>%n column(s) set aside</source>
        <translation>
            <numerusform>%n column set aside</numerusform>
            <numerusform>%n columns set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::ImportancePlot</name>
    <message numerus="yes">
        <source>+ %n colour input(s), top drop %1</source>
        <translation>
            <numerusform>+ %n colour input, top drop %1</numerusform>
            <numerusform>+ %n colour inputs, top drop %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::SummaryModel</name>
    <message numerus="yes">
        <source>%n of these cell(s) held words among the numbers, read as missing; the first, data row %1: '%2'</source>
        <translation>
            <numerusform>%n of these cells held a word among the numbers, read as missing; the first, data row %1: '%2'</numerusform>
            <numerusform>%n of these cells held words among the numbers, read as missing; the first, data row %1: '%2'</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tern::ui::RunPage</name>
    <message numerus="yes">
        <source>%n column(s) pinned…</source>
        <translation>
            <numerusform>%n column pinned…</numerusform>
            <numerusform>%n columns pinned…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) with missing values. Choose how each is filled, or let the search choose.</source>
        <translation>
            <numerusform>%n column with missing values. Choose how it is filled, or let the search choose.</numerusform>
            <numerusform>%n columns with missing values. Choose how each is filled, or let the search choose.</numerusform>
        </translation>
    </message>
</context>
</TS>
