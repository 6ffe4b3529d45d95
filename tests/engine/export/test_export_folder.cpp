// The export folder appears whole or not at all: a new folder is renamed into place at the end, an empty folder the
// user chose is kept (a link to one stays a link, its target receives the files), a non-empty one is refused, and an
// export that stops before its end leaves nothing behind.
#include "engine/core/error.h"
#include "engine/export/export_folder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using tern::exporting::StagingFolder;

namespace {

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestExportFolder : public QObject {
    Q_OBJECT
  private slots:
    void newFolderAppearsAtCommit()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("model");
        {
            StagingFolder folder(out.toStdString());
            folder.write("model.tern", "abc");
            folder.write("model_card.json", "{}");
            QVERIFY(!QFileInfo::exists(out));
            folder.commit();
        }
        QCOMPARE(entries(out), (QStringList{"model.tern", "model_card.json"}));
        QCOMPARE(entries(dir.path()), QStringList{"model"});
    }

    void linkToAnEmptyFolderStaysALink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("target"), link = dir.filePath("link");
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QFile::link(target, link));
        {
            StagingFolder folder(link.toStdString());
            folder.write("model.tern", "abc");
            folder.commit();
        }
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(entries(target), QStringList{"model.tern"});
    }

    void stoppedExportLeavesNothing()
    {
        QTemporaryDir dir;
        const QString empty = dir.filePath("empty"), fresh = dir.filePath("fresh");
        QVERIFY(QDir().mkpath(empty));
        for (const QString& out : {empty, fresh}) {
            StagingFolder folder(out.toStdString());
            folder.write("model.tern", "abc");
        } // no commit: as an exception or a cancel leaves it
        QVERIFY(entries(empty).isEmpty());
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(entries(dir.path()), QStringList{"empty"});
    }

    // An export killed before its end leaves its staging folder inside the chosen one; the folder still reads as
    // empty to its user, so a retry clears it, while a live export's staging folder keeps the folder busy.
    void abandonedStagingIsCleared()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out");
        QVERIFY(QDir().mkpath(out + "/.out.partial-999999999-1"));
        {
            StagingFolder folder(out.toStdString());
            folder.write("model.tern", "abc");
            folder.commit();
        }
        QCOMPARE(entries(out), QStringList{"model.tern"});
        const QString busy = dir.filePath("busy");
        QVERIFY(QDir().mkpath(busy + QString("/.busy.partial-%1-1").arg(QCoreApplication::applicationPid())));
        QVERIFY_THROWS_EXCEPTION(tern::InputError, StagingFolder(busy.toStdString()));

        // Beside a new folder, what killed exports for other folders left is cleared too (megabytes each), while a
        // live export's staging folder and the user's own hidden folders stay.
        const QString parent = dir.filePath("exports");
        QVERIFY(QDir().mkpath(parent + "/.tern-run5-c14-fp32.partial-999999999-7"));
        QVERIFY(QDir().mkpath(parent + QString("/.live.partial-%1-2").arg(QCoreApplication::applicationPid())));
        QVERIFY(QDir().mkpath(parent + "/.config"));
        {
            StagingFolder folder((parent + "/fresh").toStdString());
            folder.write("model.tern", "abc");
            folder.commit();
        }
        QDir hidden(parent);
        QCOMPARE(hidden.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{".config", QString(".live.partial-%1-2").arg(QCoreApplication::applicationPid()),
                              "fresh"}));
    }

    void nonEmptyFolderIsRefused()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("keep.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY_THROWS_EXCEPTION(tern::InputError, StagingFolder(dir.path().toStdString()));
        QCOMPARE(entries(dir.path()), QStringList{"keep.txt"});
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "test_export_folder.moc"
