// tern-cli ocr-jobs [JOB_ID [--delete]] [--db DB] [--json]: the OCR jobs `tern-cli ocr` and the OCR page stored,
// newest first, or one job's results as `tern-cli ocr` printed them, so that a past job is found again without the
// GUI; --delete removes the job with its results.
#include "app/cli/commands.h"
#include "app/cli/ocr_listing.h"
#include "engine/ocr/result_json.h"
#include "engine/store/store.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace tern::cli {

namespace {

struct OcrJobsOptions {
    std::int64_t job_id = 0;
    std::string db;
    bool json = false;
    bool remove = false;
};

// "shelf/ (and 2 more)": what the job was given, short enough for one line.
std::string sources_text(const nlohmann::json& sources)
{
    if (!sources.is_array() || sources.empty())
        return "-";
    std::string first = sources[0].is_string() ? sources[0].get<std::string>() : sources[0].dump();
    return sources.size() == 1 ? first : fmt::format("{} (and {} more)", first, sources.size() - 1);
}

void list_jobs(const store::Store& store, bool json)
{
    const auto jobs = store.list_ocr_jobs();
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& j : jobs)
            out.push_back({{"job_id", j.id},
                           {"status", j.status},
                           {"sources", j.sources},
                           {"images", j.image_count},
                           {"results", j.result_count},
                           {"started_at", j.started_at},
                           {"finished_at", j.finished_at}});
        print_json(out);
        return;
    }
    std::cout << fmt::format("{:>5} {:<12} {:<24} {:>7} {}\n", "job", "status", "started", "results", "sources");
    for (const auto& j : jobs)
        std::cout << fmt::format("{:>5} {:<12} {:<24} {:>7} {}\n", j.id, j.status, j.started_at, j.result_count,
                                 sources_text(j.sources));
}

void show_job(const store::Store& store, std::int64_t id, bool json)
{
    const auto job = store.load_ocr_job(id);  // InputError "no OCR job N"
    const auto results = store.load_ocr_results(id);
    if (json) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& r : results)
            out.push_back(ocr::to_json(ocr::from_record(r)));
        print_json(out);
        return;
    }
    std::cout << fmt::format("OCR job {} · {} · {} images · started {}\n\n", job.id, job.status, results.size(),
                             job.started_at);
    for (const auto& r : results)
        print_ocr_listing(ocr::from_record(r));
}

}  // namespace

void add_ocr_jobs_command(CLI::App& app)
{
    auto o = std::make_shared<OcrJobsOptions>();
    auto* cmd = app.add_subcommand("ocr-jobs", "The stored OCR jobs, or one job's results");
    auto* id = cmd->add_option("job_id", o->job_id, "Job id: print its results")->check(record_id());
    cmd->add_option("--db", o->db, "Run store")->check(database_option());
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->add_flag("--delete", o->remove, "Delete the job with its results")->needs(id);
    cmd->callback([o, id] {
        if (o->remove) {
            auto store = store::Store::open(existing_database_path(o->db));
            const auto job = store.load_ocr_job(o->job_id);
            store.delete_ocr_job(o->job_id);
            compact_after_delete(store, fmt::format("OCR job {}", o->job_id));
            if (o->json)
                print_json({{"deleted", o->job_id}, {"results", job.result_count}});
            else
                std::cout << fmt::format("deleted OCR job {} ({} results)\n", o->job_id, job.result_count);
            return;
        }
        const auto store = store::Store::open(existing_database_path(o->db), store::OpenMode::read_only);
        if (id->count() > 0)
            show_job(store, o->job_id, o->json);
        else
            list_jobs(store, o->json);
    });
}

}  // namespace tern::cli
