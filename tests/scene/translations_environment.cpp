// The scene tests run with every translation installed, as the web app has them once their
// files are read (scene/strings.h): tests that switch the language see its real table.
#include <gtest/gtest.h>

#include "scene/translations/translations.h"

namespace {

class Translations : public ::testing::Environment {
public:
    void SetUp() override { accord::scene::install_builtin_translations(); }
};

[[maybe_unused]] ::testing::Environment* const translations = ::testing::AddGlobalTestEnvironment(new Translations);

}  // namespace
