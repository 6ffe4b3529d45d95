// tern-cli delete RUN_ID: removes a run from the store with its candidates, models and predictions, as the History
// page's Delete does. A run still going is refused (exit 2); the store's other runs are untouched.
#include "app/cli/commands.h"
#include "engine/store/store.h"

#include <fmt/format.h>

#include <iostream>
#include <memory>

namespace tern::cli {

namespace {

struct DeleteOptions {
    std::int64_t run_id = 0;
    std::string db;
    bool json = false;
};

}  // namespace

void add_delete_command(CLI::App& app)
{
    auto o = std::make_shared<DeleteOptions>();
    auto* cmd = app.add_subcommand("delete", "Delete a run with its candidates, models and predictions");
    cmd->add_option("run_id", o->run_id, "Run id")->required()->check(record_id());
    cmd->add_option("--db", o->db, "Run store")->check(database_option());
    cmd->add_flag("--json", o->json, "Print JSON");
    cmd->callback([o] {
        auto store = store::Store::open(existing_database_path(o->db));
        const auto run = store.load_run(o->run_id);
        store.delete_run(o->run_id);
        compact_after_delete(store, fmt::format("run {}", o->run_id));
        if (o->json)
            print_json({{"deleted", o->run_id}, {"candidates", run.candidate_count}});
        else
            std::cout << fmt::format("deleted run {} ({}, {} candidates)\n", o->run_id, run.dataset_path,
                                     run.candidate_count);
    });
}

}  // namespace tern::cli
