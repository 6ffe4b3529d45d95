// CSV/JSON export of the OCR page's results, written atomically (QSaveFile: no partial file on failure).
#include "ui/ocr/ocr_export.h"

#include "engine/ocr/result_json.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace tern::ui {

namespace {

QString csvField(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString write(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("OcrExport", "cannot write %1: %2").arg(path, f.errorString());
    f.write(bytes);
    if (!f.commit())
        return QCoreApplication::translate("OcrExport", "cannot write %1: %2").arg(path, f.errorString());
    return {};
}

} // namespace

QString exportOcrCsv(const QString& path, const std::vector<tern::ocr::OcrResult>& results)
{
    QString out = QStringLiteral("file,status,orientation,mean_conf,text,attributes,ms,error\n");
    for (const auto& r : results) {
        const QStringList row = {csvField(QString::fromStdString(r.file)),
                                 r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
                                 r.ok() ? QString::fromLatin1(tern::ocr::orientation_name(r.orientation)) : QString(),
                                 r.ok() ? QString::number(r.mean_conf, 'f', 2) : QString(),
                                 csvField(QString::fromStdString(r.text)),
                                 csvField(QString::fromStdString(r.ok() ? r.attributes.dump() : std::string())),
                                 QString::number(r.ms, 'f', 1),
                                 csvField(QString::fromStdString(r.error))};
        out += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return write(path, out.toUtf8());
}

QString exportOcrJson(const QString& path, const std::vector<tern::ocr::OcrResult>& results)
{
    nlohmann::json all = nlohmann::json::array();
    for (const auto& r : results)
        all.push_back(tern::ocr::to_json(r));
    return write(path, QByteArray::fromStdString(all.dump(2) + "\n"));
}

} // namespace tern::ui
