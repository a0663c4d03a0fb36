package cn.onemap.portal.cases;

import cn.onemap.sample.parts.Departments;
import cn.onemap.workflow.category.CaseCategories;
import cn.onemap.workflow.category.CaseCategory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The departments a dispatcher sends cases to (派遣): the owners named by the case categories, with
 * the Chinese names of the sample city's departments (a code without a known name is listed under
 * its code). Read-only; accounts name their department by the same code.
 */
@Component
class CaseDepartments {
  /** A department: its code (as accounts and cases hold it) and Chinese name. */
  record Department(String code, String name) {}

  private final List<Department> all;

  CaseDepartments(CaseCategories categories) {
    Map<String, String> names = new LinkedHashMap<>(Departments.all());
    for (CaseCategory c : categories.all()) {
      c.owner().ifPresent(code -> names.putIfAbsent(code, code));
    }
    this.all =
        names.entrySet().stream().map(e -> new Department(e.getKey(), e.getValue())).toList();
  }

  List<Department> all() {
    return all;
  }
}
