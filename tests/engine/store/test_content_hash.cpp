// Dataset fingerprints: stable for the same content, different for any change, streamed across chunk boundaries.
#include "engine/core/error.h"
#include "engine/store/content_hash.h"
#include "store_test_support.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>

using namespace tern;
using namespace tern::store;
using namespace tern::store::testing;

class TestContentHash : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string pathOf(const std::string& name) { return m_dir.filePath(QString::fromStdString(name)).toStdString(); }

    void writeBytes(const std::string& name, const std::vector<std::uint8_t>& bytes)
    {
        std::filesystem::create_directories(std::filesystem::path(pathOf(name)).parent_path());
        write_file(pathOf(name), std::vector<char>(bytes.begin(), bytes.end()));
    }

  private slots:
    void fileHashFollowsContent()
    {
        const auto bytes = random_bytes(3 * 1024 * 1024 + 5, 11); // spans several 1 MiB chunks
        writeBytes("a.bin", bytes);
        writeBytes("copy.bin", bytes);
        auto changed = bytes;
        changed[2 * 1024 * 1024] ^= 1; // one bit in the third chunk
        writeBytes("changed.bin", changed);
        writeBytes("empty.bin", {});

        const std::string hash = content_hash_of_file(pathOf("a.bin"));
        QCOMPARE(hash.size(), std::size_t(32));
        QVERIFY(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
        QCOMPARE(content_hash_of_file(pathOf("copy.bin")), hash);
        QVERIFY(content_hash_of_file(pathOf("changed.bin")) != hash);
        // XXH3-128 of no bytes: the published test vector, so the digest is the real algorithm.
        QCOMPARE(content_hash_of_file(pathOf("empty.bin")), std::string("99aa06d3014798d86001c324468d497f"));
        QVERIFY_THROWS_EXCEPTION(InputError, content_hash_of_file(pathOf("missing.bin")));
        QVERIFY_THROWS_EXCEPTION(InputError, content_hash_of_file(m_dir.path().toStdString()));
    }

    void folderHashFollowsListing()
    {
        writeBytes("images/cat/1.png", random_bytes(100, 1));
        writeBytes("images/dog/1.png", random_bytes(200, 2));
        const std::string folder = pathOf("images");
        const std::string hash = content_hash_of_image_folder(folder);
        QCOMPARE(content_hash_of_image_folder(folder), hash);
        writeBytes("images/dog/2.png", random_bytes(300, 3));
        const std::string added = content_hash_of_image_folder(folder);
        QVERIFY(added != hash);
        writeBytes("images/dog/2.png", random_bytes(301, 3)); // resized
        QVERIFY(content_hash_of_image_folder(folder) != added);
        const std::string resized = content_hash_of_image_folder(folder);
        writeBytes("images/.DS_Store", random_bytes(10, 4)); // the file manager's, not the dataset's
        writeBytes("images/.thumbnails/dog/2.png", random_bytes(10, 5));
        QCOMPARE(content_hash_of_image_folder(folder), resized);
        writeBytes("images/dog/nested/3.png", random_bytes(10, 6)); // below a class folder: not read, not hashed
        QCOMPARE(content_hash_of_image_folder(folder), resized);
        QVERIFY_THROWS_EXCEPTION(InputError, content_hash_of_image_folder(pathOf("images/cat/1.png")));
        QVERIFY_THROWS_EXCEPTION(InputError, content_hash_of_image_folder(pathOf("nowhere")));
    }

    // A class folder that links to images kept elsewhere is read through the link, so a change there is a change.
    void folderHashFollowsLinkedClassFolders()
    {
        writeBytes("elsewhere/bird/1.png", random_bytes(100, 7));
        writeBytes("linked/cat/1.png", random_bytes(100, 8));
        std::filesystem::create_directory_symlink(pathOf("elsewhere/bird"), pathOf("linked/bird"));
        std::filesystem::create_directory_symlink(pathOf("linked"), pathOf("elsewhere/bird/loop")); // back up the tree
        const std::string folder = pathOf("linked");
        const std::string hash = content_hash_of_image_folder(folder);
        writeBytes("elsewhere/bird/2.png", random_bytes(50, 9));
        QVERIFY(content_hash_of_image_folder(folder) != hash);
        // Runs stored before hashed without following links: their walk is still there to recognise the folder.
        const std::string legacy = content_hash_of_image_folder(folder, FolderWalk::legacy);
        QVERIFY(legacy != content_hash_of_image_folder(folder));
        QCOMPARE(content_hash_of_image_folder(folder, FolderWalk::legacy), legacy);
    }
};

QTEST_GUILESS_MAIN(TestContentHash)
#include "test_content_hash.moc"
