// A run whose store another process locks: during the search the candidates the store refuses are held and saved
// once it is free again, and the search goes on (a lock used to fail the run after five seconds and lose the
// candidate in hand); a store that stays locked past the limit fails the run in one line that says what is not saved,
// and the run reads as interrupted.
#include "engine/search/runner.h"
#include "engine/store/connection.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <memory>

using namespace tern;
using namespace tern::search;
using namespace std::chrono_literals;

namespace {

// Takes the store's write lock from a second connection when candidate `lock_at` finishes, and gives it back when
// candidate `unlock_at` does (0: never), as another process holding a transaction open would.
class Locker final : public Observer {
public:
    Locker(std::string path, std::int64_t lock_at, std::int64_t unlock_at)
        : m_path(std::move(path)), m_lock_at(lock_at), m_unlock_at(unlock_at)
    {
    }
    void candidate_finished(const CandidateResult& r) override
    {
        if (r.id == m_lock_at) {
            m_other = std::make_unique<store::Connection>(m_path, store::Connection::Access::read_write, 0ms);
            m_other->exec("BEGIN EXCLUSIVE");
        }
        if (r.id == m_unlock_at)
            release();
    }
    void log(const Message& line) override { lines += line.text() + "\n"; }
    void release()
    {
        if (m_other)
            m_other->exec("COMMIT");
        m_other.reset();
    }
    std::string lines;

private:
    std::string m_path;
    std::int64_t m_lock_at;
    std::int64_t m_unlock_at;
    std::unique_ptr<store::Connection> m_other;
};

RunSpec small_run(const std::string& path)
{
    std::ofstream out(path);
    out << "x,z,label\n";
    for (int i = 0; i < 60; ++i)
        out << i % 7 + (i % 2 ? 3 : 0) << ',' << i % 5 << ',' << (i % 2 ? "odd" : "even") << '\n';
    RunSpec spec;
    spec.data_path = path;
    spec.target = "label";
    spec.budget_s = 60;
    spec.max_candidates = 5;
    spec.families = {"naive_bayes", "linear", "knn"};
    return spec;
}

}  // namespace

class TestLockedStore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void heldCandidatesAreSavedWhenTheStoreIsFreeAgain()
    {
        const std::string db = m_dir.filePath("held.db").toStdString();
        auto store = store::Store::open(db, store::OpenMode::read_write, 100ms);
        Runner runner(store);
        Locker locker(db, 1, 3);  // candidates 2 and 3 finish while the store is locked
        const auto outcome = runner.run(small_run(m_dir.filePath("held.csv").toStdString()), locker);

        QCOMPARE(outcome.status, std::string("finished"));
        const auto saved = store.load_candidates(outcome.run_id);
        QCOMPARE(static_cast<int>(saved.size()), outcome.candidates);
        QVERIFY(outcome.candidates >= 6);  // five searched and the ensemble
        for (std::size_t i = 0; i < saved.size(); ++i)
            QCOMPARE(saved[i].ordinal, static_cast<std::int64_t>(i + 1));
        QCOMPARE(store.load_run(outcome.run_id).status, std::string("finished"));
        QVERIFY2(locker.lines.find("held in memory until it is free") != std::string::npos, locker.lines.c_str());
        QVERIFY2(locker.lines.find("free again") != std::string::npos, locker.lines.c_str());
    }

    void aStoreLockedPastTheLimitSaysWhatIsNotSaved()
    {
        const std::string db = m_dir.filePath("stuck.db").toStdString();
        auto store = store::Store::open(db, store::OpenMode::read_write, 50ms);
        Runner runner(store);
        Locker locker(db, 1, 0);
        try {
            runner.run(small_run(m_dir.filePath("stuck.csv").toStdString()), locker);
            QFAIL("a store locked for good should fail the run");
        } catch (const store::Locked& e) {
            const std::string what = e.what();
            QVERIFY2(what.find(db + ": the database stayed locked by another process for") == 0, e.what());
            QVERIFY2(what.find("4 finished candidates of run 1 are not saved") != std::string::npos, e.what());
        }
        locker.release();
        QCOMPARE(store.load_candidates(1).size(), std::size_t{1});  // saved before the lock
        // Its status could not be written either: it reads as interrupted (resumable), not as running on in this
        // still living process, and is settled so once the store is free.
        QCOMPARE(store.load_run(1).status, std::string("interrupted"));
        auto other = store::Store::open(db, store::OpenMode::read_only);
        QCOMPARE(other.load_run(1).status, std::string("interrupted"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLockedStore)
#include "test_locked_store.moc"
