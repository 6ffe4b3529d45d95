// Image folders: classes and counts, sizes from headers of every supported format, damaged files reported per file
// without stopping the load, folders that are not image folders, cancellation; and the folder summary.
#include "engine/core/error.h"
#include "engine/data/image_header.h"
#include "engine/data/readers.h"
#include "engine/data/summary.h"
#include "tests/engine/data/data_fixtures.h"

#include <QDirIterator>
#include <QTest>

using namespace tern;
using namespace tern::data;

class TestImageFolder : public QObject {
    Q_OBJECT

  private slots:
    void headers_data();
    void headers();
    void folderWithDamagedFiles();
    void notImageFolders();
    void cancellation();
};

namespace {

QByteArray le16(int v)
{
    return QByteArray(1, char(v & 0xFF)) + QByteArray(1, char((v >> 8) & 0xFF));
}
QByteArray le32(int v)
{
    return le16(v & 0xFFFF) + le16((v >> 16) & 0xFFFF);
}
QByteArray be16(int v)
{
    return QByteArray(1, char((v >> 8) & 0xFF)) + QByteArray(1, char(v & 0xFF));
}

QByteArray bmp(int w, int h, int bpp)
{
    QByteArray b = "BM" + le32(54) + le32(0) + le32(54) + le32(40) + le32(w) + le32(-h) + le16(1) + le16(bpp);
    return b + QByteArray(54 - b.size(), '\0');
}

QByteArray jpeg(int w, int h, int components)
{
    QByteArray app0 = QByteArray("\xFF\xE0", 2) + be16(16) + QByteArray("JFIF\0\1\1\0\0\1\0\1\0\0", 14);
    QByteArray sof = QByteArray("\xFF\xC0", 2) + be16(8 + 3 * components) + QByteArray(1, 8) + be16(h) + be16(w) +
                     QByteArray(1, char(components)) + QByteArray(3 * components, '\1');
    return QByteArray("\xFF\xD8", 2) + app0 + sof + QByteArray("\xFF\xD9", 2);
}

QByteArray tiff(int w, int h)
{
    QByteArray b = QByteArray("II*\0", 4) + le32(8) + le16(3);
    b += le16(256) + le16(3) + le32(1) + le16(w) + le16(0);
    b += le16(257) + le16(4) + le32(1) + le32(h);
    b += le16(277) + le16(3) + le32(1) + le16(3) + le16(0);
    return b + le32(0);
}

QByteArray webp_lossless(int w, int h)
{
    quint32 bits = quint32(w - 1) | (quint32(h - 1) << 14) | (1u << 28);
    QByteArray chunk = QByteArray("VP8L") + le32(5) + QByteArray(1, 0x2F) + le32(int(bits));
    return QByteArray("RIFF") + le32(4 + chunk.size()) + "WEBP" + chunk + QByteArray(8, '\0');
}

QByteArray read_all(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

void TestImageFolder::headers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("channels");
    QTest::newRow("png fixture") << read_all(QString(TERN_TEST_DATA) + "/data/images/Bag/fmnist_train_00023.png")
                                 << "png" << 28 << 28 << 1;
    QTest::newRow("bmp 24") << bmp(640, 480, 24) << "bmp" << 640 << 480 << 3;
    QTest::newRow("bmp 32") << bmp(7, 5, 32) << "bmp" << 7 << 5 << 4;
    QTest::newRow("jpeg rgb") << jpeg(300, 200, 3) << "jpeg" << 300 << 200 << 3;
    QTest::newRow("jpeg gray") << jpeg(31, 17, 1) << "jpeg" << 31 << 17 << 1;
    QTest::newRow("tiff") << tiff(120, 90) << "tiff" << 120 << 90 << 3;
    QTest::newRow("webp lossless") << webp_lossless(64, 48) << "webp" << 64 << 48 << 4;
    QTest::newRow("garbage") << QByteArray("hello, not an image at all") << "" << 0 << 0 << 0;
    QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIH", 15) << "" << 0 << 0 << 0;
}

void TestImageFolder::headers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(int, channels);
    QVERIFY(!bytes.isEmpty());
    Message reason;
    auto h = parse_image_header(std::string_view(bytes.constData(), std::size_t(bytes.size())), reason);
    if (format.isEmpty()) {
        QVERIFY(!h);
        QVERIFY(!reason.empty());
        return;
    }
    QVERIFY2(h.has_value(), reason.text().c_str());
    QCOMPARE(QString::fromStdString(h->format), format);
    QCOMPARE(h->width, width);
    QCOMPARE(h->height, height);
    QCOMPARE(h->channels, channels);
}

void TestImageFolder::folderWithDamagedFiles()
{
    QTemporaryDir dir;
    const QString source = QString(TERN_TEST_DATA) + "/data/images";
    for (QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QString file = it.next();
        test::write_file(dir, QDir(source).relativeFilePath(file), read_all(file));
    }
    QByteArray png = read_all(source + "/Bag/fmnist_train_00023.png");
    test::write_file(dir, "Bag/corrupt.png", "this is not a png");
    test::write_file(dir, "Bag/truncated.png", png.left(png.size() / 2));
    test::write_file(dir, "Bag/notes.txt", "not an image: ignored");
    test::write_file(dir, "Bag/.hidden.png", "ignored too");
    test::write_file(dir, "Coat/a.bmp", bmp(28, 28, 24));
    test::write_file(dir, "Coat/b.JPG", jpeg(40, 30, 3));
    test::write_file(dir, "Coat/huge.bmp", bmp(20000, 20000, 24)); // 400 megapixels: refused before decoding
    QDir(dir.path()).mkpath("Empty");

    ImageFolder folder = read_image_folder(dir.path().toStdString());
    QCOMPARE(folder.classes, (std::vector<std::string>{"Bag", "Coat", "Sneaker"}));
    QCOMPARE(folder.images.size(), std::size_t(3 + 2 + 3));
    QCOMPARE(folder.unreadable.size(), std::size_t(3));
    QVERIFY(QString::fromStdString(folder.unreadable[0].path).endsWith("corrupt.png"));
    QVERIFY(QString::fromStdString(folder.unreadable[1].reason.text()).contains("truncated"));
    QVERIFY(QString::fromStdString(folder.unreadable[2].reason.text()).contains("too large (20000 x 20000 pixels"));
    // What is not read is said, not dropped in silence; hidden files are the file manager's and stay unmentioned.
    std::vector<std::string> ignored;
    for (const Message& note : folder.ignored)
        ignored.push_back(note.text());
    QCOMPARE(ignored, (std::vector<std::string>{
                                 "Bag: 1 .txt file(s) not read (Tern reads png, jpg, bmp, tif, webp)",
                                 "Empty: no image in it, so not a class",
                             }));

    ImageFolderSummary s = summarize_images(folder);
    QCOMPARE(s.classes[0], (std::pair<std::string, std::size_t>{"Bag", 3}));
    QCOMPARE(s.classes[1], (std::pair<std::string, std::size_t>{"Coat", 2}));
    QCOMPARE(s.max_width, 40);
    QCOMPARE(s.min_height, 28);
    QCOMPARE(s.channels[1], std::size_t(6));
    nlohmann::json j = image_summary_json("x", s);
    QCOMPARE(j["kind"].get<std::string>(), std::string("images"));
    QCOMPARE(j["classes"]["Sneaker"].get<int>(), 3);
    QCOMPARE(j["unreadable"].size(), std::size_t(3));
    QVERIFY(is_image_folder(dir.path().toStdString()));
}

void TestImageFolder::notImageFolders()
{
    QTemporaryDir dir;
    test::write_file(dir, "docs/readme.txt", "text");
    QVERIFY(!is_image_folder(dir.path().toStdString()));
    QVERIFY_THROWS_EXCEPTION(DataError, read_image_folder(dir.path().toStdString()));
    QVERIFY_THROWS_EXCEPTION(DataError, read_table(dir.path().toStdString()));

    QTemporaryDir loose; // images, but not sorted into class folders
    test::write_file(loose, "a.bmp", bmp(2, 2, 24));
    try {
        read_image_folder(loose.path().toStdString());
        QFAIL("no error");
    } catch (const DataError& e) {
        QVERIFY2(QString(e.what()).contains("one sub-folder per class"), e.what());
    }
    QVERIFY_THROWS_EXCEPTION(DataError, read_image_folder(dir.filePath("nowhere").toStdString()));
}

void TestImageFolder::cancellation()
{
    QTemporaryDir dir;
    QByteArray image = bmp(4, 4, 24);
    for (int i = 0; i < 1100; ++i)
        test::write_file(dir, QString("c%1/%2.bmp").arg(i % 2).arg(i), image);
    std::stop_source stop;
    stop.request_stop();
    QVERIFY_THROWS_EXCEPTION(Cancelled, read_image_folder(dir.path().toStdString(), JobControl{stop.get_token(), {}}));
    QCOMPARE(read_image_folder(dir.path().toStdString()).images.size(), std::size_t(1100));
}

QTEST_GUILESS_MAIN(TestImageFolder)
#include "test_image_folder.moc"
