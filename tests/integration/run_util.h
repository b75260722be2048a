// Running the built `sitrep` binary from tests: arguments, stdin from a file, stdout and stderr
// captured to files, and an optional early SIGKILL once stdout has grown past some size.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace sitrep::testing {

struct RunResult {
  int exit_code = -1;   // when the process exited
  bool killed = false;  // when we killed it
  std::string out;
  std::string err;
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `args` (args[0] is the binary). With kill_after_bytes > 0, sends SIGKILL as soon as
// stdout holds that many bytes.
inline RunResult RunCommand(const std::vector<std::string>& args, const std::string& work_dir,
                     const std::string& stdin_path = "", size_t kill_after_bytes = 0) {
  const std::string out_path = work_dir + "/stdout";
  const std::string err_path = work_dir + "/stderr";
  const pid_t pid = fork();
  if (pid == 0) {
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, 1);
    dup2(err, 2);
    if (!stdin_path.empty()) dup2(open(stdin_path.c_str(), O_RDONLY), 0);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  RunResult r;
  int status = 0;
  while (true) {
    if (waitpid(pid, &status, kill_after_bytes > 0 ? WNOHANG : 0) == pid) break;
    std::error_code ec;
    if (std::filesystem::file_size(out_path, ec) >= kill_after_bytes && !ec) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      r.killed = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  if (WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
  r.out = Slurp(out_path);
  r.err = Slurp(err_path);
  return r;
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

}  // namespace sitrep::testing
