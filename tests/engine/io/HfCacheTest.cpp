// HfCache and resolveModelPath against a fake Hugging Face cache built in a temporary folder:
// refs/ files, snapshots/<commit>/ with relative links into blobs/, as huggingface_hub lays it out.
#include "SafetensorsBytes.h"
#include "TestPaths.h"

#include "io/HfCache.h"
#include "util/Error.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace litetune {
namespace {

namespace fs = std::filesystem;

const std::string kGpt2Commit = "607a30d783dfa663caf39e06633721c8d4cfcd7e";
const std::string kTinyMain = "1111111111111111111111111111111111111111";
const std::string kTinyTag = "2222222222222222222222222222222222222222";

// Sets an environment variable for one scope and restores the previous value.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value)
        : m_name(name) {
        if (const char* old = std::getenv(name))
            m_old = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_old)
            ::setenv(m_name, m_old->c_str(), 1);
        else
            ::unsetenv(m_name);
    }

private:
    const char* m_name;
    std::optional<std::string> m_old;
};

// A file stored as huggingface_hub stores it: content in blobs/, a relative link in the snapshot.
void addFile(const fs::path& repo, const std::string& commit, const std::string& name, const std::string& content) {
    const std::string blob = std::to_string(std::hash<std::string>{}(content));
    fs::create_directories(repo / "blobs");
    fs::create_directories(repo / "snapshots" / commit);
    test::writeBytes(repo / "blobs" / blob, content);
    fs::create_symlink(fs::path("..") / ".." / "blobs" / blob, repo / "snapshots" / commit / name);
}

void addRef(const fs::path& repo, const std::string& ref, const std::string& commit) {
    fs::create_directories((repo / "refs" / ref).parent_path());
    test::writeBytes(repo / "refs" / ref, commit); // huggingface_hub writes no trailing newline
}

fs::path makeFakeCache() {
    const fs::path root = test::freshTempDir("hf-cache");
    const fs::path gpt2 = root / "models--openai-community--gpt2";
    addFile(gpt2, kGpt2Commit, "config.json", R"({"model_type": "gpt2", "n_layer": 12})");
    addFile(gpt2, kGpt2Commit, "model.safetensors", std::string(1000, 'w'));
    addRef(gpt2, "main", kGpt2Commit);

    const fs::path tiny = root / "models--someone--tiny-gpt2";
    addFile(tiny, kTinyMain, "config.json", R"({"model_type": "gpt2"})");
    addFile(tiny, kTinyTag, "config.json", R"({"model_type":"gpt2","n_layer":1})");
    addFile(tiny, kTinyTag, "pytorch_model.bin", "pickle");
    addRef(tiny, "main", kTinyMain + "\n");
    addRef(tiny, "v1.0", kTinyTag);
    addRef(tiny, "refs/pr/1", kTinyTag);

    const fs::path bert = root / "models--bert-base-uncased";
    addFile(bert, kGpt2Commit, "config.json", R"({"model_type": "bert"})");
    addRef(bert, "main", kGpt2Commit);

    const fs::path lonely = root / "models--org--no-refs";
    addFile(lonely, kTinyMain, "config.json", R"({"model_type": "gpt2"})");

    fs::create_directories(root / "datasets--org--data" / "snapshots" / kTinyMain);
    fs::create_directories(root / ".locks" / "models--openai-community--gpt2");
    return root;
}

TEST(HfCache, RootFollowsTheHubEnvironmentVariables) {
    ScopedEnv a("HF_HUB_CACHE", "/x/hub-cache");
    ScopedEnv b("HUGGINGFACE_HUB_CACHE", "/x/legacy");
    ScopedEnv c("HF_HOME", "/x/hf-home");
    ScopedEnv d("XDG_CACHE_HOME", "/x/xdg");
    ScopedEnv e("HOME", "/x/home");
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/hub-cache"));
    ::unsetenv("HF_HUB_CACHE");
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/legacy"));
    ::unsetenv("HUGGINGFACE_HUB_CACHE");
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/hf-home/hub"));
    ::setenv("HF_HOME", "~/hf", 1);
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/home/hf/hub"));
    ::unsetenv("HF_HOME");
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/xdg/huggingface/hub"));
    ::setenv("XDG_CACHE_HOME", "", 1);
    EXPECT_EQ(HfCache::defaultRoot(), fs::path("/x/home/.cache/huggingface/hub"));
}

TEST(HfCache, RepoFolderNames) {
    EXPECT_EQ(HfCache::repoFolderName("openai-community/gpt2"), "models--openai-community--gpt2");
    EXPECT_EQ(HfCache::repoFolderName("gpt2"), "models--gpt2");
}

TEST(HfCache, ResolvesSpecsToSnapshots) {
    const fs::path root = makeFakeCache();
    const HfCache cache(root);
    const fs::path gpt2Snapshot = root / "models--openai-community--gpt2" / "snapshots" / kGpt2Commit;
    const fs::path tiny = root / "models--someone--tiny-gpt2" / "snapshots";

    EXPECT_EQ(cache.findSnapshot("openai-community/gpt2"), gpt2Snapshot);
    EXPECT_EQ(cache.findSnapshot("gpt2"), gpt2Snapshot); // legacy name → canonical id
    EXPECT_EQ(cache.findSnapshot("gpt2@main"), gpt2Snapshot);
    EXPECT_EQ(cache.findSnapshot("openai-community/gpt2@" + kGpt2Commit), gpt2Snapshot);
    EXPECT_EQ(cache.findSnapshot("someone/tiny-gpt2"), tiny / kTinyMain); // ref with a trailing newline
    EXPECT_EQ(cache.findSnapshot("someone/tiny-gpt2@v1.0"), tiny / kTinyTag);
    EXPECT_EQ(cache.findSnapshot("someone/tiny-gpt2@refs/pr/1"), tiny / kTinyTag);
    EXPECT_EQ(cache.findSnapshot("org/no-refs"), root / "models--org--no-refs" / "snapshots" / kTinyMain);
    EXPECT_TRUE(fs::exists(*cache.findSnapshot("gpt2") / "model.safetensors"));

    std::vector<std::string> tried;
    EXPECT_FALSE(cache.findSnapshot("someone/tiny-gpt2@nope", &tried));
    ASSERT_EQ(tried.size(), 1u);
    EXPECT_NE(tried[0].find("refs/nope"), std::string::npos);
    EXPECT_FALSE(cache.findSnapshot("org/no-refs@main"));
    EXPECT_FALSE(cache.findSnapshot("someone/tiny-gpt2@" + std::string(40, 'a')));
    for (const char* hostile : {"../etc", "a/b/c", "someone/tiny-gpt2@../../x", "someone/tiny-gpt2@/abs", "", "a--b/c",
                                "someone/tiny-gpt2@"}) {
        tried.clear();
        EXPECT_FALSE(cache.findSnapshot(hostile, &tried)) << hostile;
        EXPECT_EQ(tried.size(), 1u) << hostile;
    }
}

TEST(HfCache, ListsOnlyGpt2Snapshots) {
    const fs::path root = makeFakeCache();
    const std::vector<CachedModel> models = HfCache(root).listGpt2Models();
    ASSERT_EQ(models.size(), 4u);
    EXPECT_EQ(models[0].repoId, "openai-community/gpt2");
    EXPECT_EQ(models[0].revision, kGpt2Commit);
    EXPECT_EQ(models[0].refs, std::vector<std::string>{"main"});
    EXPECT_EQ(models[0].sizeBytes, 1000u + std::string(R"({"model_type": "gpt2", "n_layer": 12})").size());
    EXPECT_TRUE(models[0].hasSafetensors);
    EXPECT_EQ(models[1].repoId, "org/no-refs");
    EXPECT_TRUE(models[1].refs.empty());
    EXPECT_EQ(models[2].repoId, "someone/tiny-gpt2");
    EXPECT_EQ(models[2].revision, kTinyMain);
    EXPECT_EQ(models[3].revision, kTinyTag);
    EXPECT_EQ(models[3].refs, (std::vector<std::string>{"refs/pr/1", "v1.0"}));
    EXPECT_FALSE(models[3].hasSafetensors);
    EXPECT_TRUE(HfCache(root / "absent").listGpt2Models().empty());
}

TEST(ResolveModelPath, DemoFoldersCacheAndErrors) {
    const fs::path root = makeFakeCache();
    ScopedEnv env("HF_HUB_CACHE", root.c_str());
    EXPECT_EQ(resolveModelPath("demo"), fs::path("demo"));
    const fs::path folder = test::freshTempDir("resolve-folder");
    EXPECT_EQ(resolveModelPath(folder.string()), folder);
    EXPECT_EQ(resolveModelPath("gpt2"), root / "models--openai-community--gpt2" / "snapshots" / kGpt2Commit);

    try {
        resolveModelPath("someone/absent-model");
        ADD_FAILURE() << "resolved an absent model";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.kind(), ErrorKind::BadInput);
        EXPECT_NE(message.find("someone/absent-model (no such folder)"), std::string::npos) << message;
        EXPECT_NE(message.find((root / "models--someone--absent-model").string()), std::string::npos) << message;
    }
    const fs::path file = folder / "model.safetensors";
    test::writeBytes(file, "x");
    EXPECT_THROW(resolveModelPath(file.string()), Error);
    EXPECT_THROW(resolveModelPath(""), Error);
}

} // namespace
} // namespace litetune
