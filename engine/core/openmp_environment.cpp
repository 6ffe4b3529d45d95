#include "engine/core/openmp_environment.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace tern {

namespace {
std::vector<std::string> own_arguments()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    std::vector<std::string> args;
    for (std::string a; std::getline(in, a, '\0');)
        args.push_back(a);
    return args;
}
}  // namespace

void ensure_openmp_environment(std::initializer_list<std::pair<const char*, const char*>> defaults)
{
    bool changed = false;
    for (const auto& [name, value] : defaults) {
        if (!std::getenv(name)) {
            setenv(name, value, 1);
            changed = true;
        }
    }
    if (!changed)
        return;  // the re-executed process finds every variable set: no loop
    std::vector<std::string> args = own_arguments();
    if (args.empty())
        return;
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    execv("/proc/self/exe", argv.data());
}

}  // namespace tern
