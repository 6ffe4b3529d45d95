#include "ui/models/family_labels.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace tern::ui {

QString familyLabel(const std::string& code)
{
    static constexpr std::array<std::pair<const char*, const char*>, 9> labels{{
        {"linear", QT_TRANSLATE_NOOP("FamilyLabel", "Linear")},
        {"xgboost", QT_TRANSLATE_NOOP("FamilyLabel", "XGBoost")},
        {"random_forest", QT_TRANSLATE_NOOP("FamilyLabel", "Random forest")},
        {"extra_trees", QT_TRANSLATE_NOOP("FamilyLabel", "Extra trees")},
        {"knn", QT_TRANSLATE_NOOP("FamilyLabel", "k-NN")},
        {"svm", QT_TRANSLATE_NOOP("FamilyLabel", "RBF SVM")},
        {"naive_bayes", QT_TRANSLATE_NOOP("FamilyLabel", "Naive Bayes")},
        {"mlp", QT_TRANSLATE_NOOP("FamilyLabel", "MLP")},
        {"ensemble", QT_TRANSLATE_NOOP("FamilyLabel", "Ensemble")},
    }};
    for (const auto& [known, label] : labels)
        if (code == known)
            return QCoreApplication::translate("FamilyLabel", label);
    return QString::fromStdString(code);
}

} // namespace tern::ui
