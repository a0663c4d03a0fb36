package cn.onemap.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.onemap.workflow.attach.PhotoStage;
import cn.onemap.workflow.calendar.DayKind;
import cn.onemap.workflow.category.CaseKind;
import cn.onemap.workflow.category.CaseStage;
import cn.onemap.workflow.category.Stage;
import cn.onemap.workflow.category.Urgency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void everyConstantHasAChineseName() {
    List<Enum<?>> all =
        Stream.of(
                CaseStage.values(),
                Stage.values(),
                Urgency.values(),
                CaseKind.values(),
                DayKind.values(),
                PhotoStage.values(),
                cn.onemap.workflow.evaluation.GroupBy.values(),
                cn.onemap.workflow.evaluation.EvaluationColumn.values(),
                cn.onemap.workflow.evaluation.EvaluationLabel.values())
            .flatMap(Stream::of)
            .<Enum<?>>map(e -> (Enum<?>) e)
            .toList();
    assertThat(all).allSatisfy(e -> assertThat(Names.of(e)).isNotBlank());
  }

  @Test
  void names() {
    assertThat(CaseStage.REGISTERED.chineseName()).isEqualTo("立案");
    assertThat(CaseStage.SUSPENDED.chineseName()).isEqualTo("挂账");
    assertThat(CaseStage.MERGED.chineseName()).isEqualTo("作废/合并");
    assertThat(CaseStage.FEEDBACK.chineseName()).isEqualTo("处置反馈");
    assertThat(Stage.HANDLE.chineseName()).isEqualTo("处置");
    assertThat(Urgency.CRITICAL.chineseName()).isEqualTo("特急");
    assertThat(CaseKind.PART.chineseName()).isEqualTo("部件");
    assertThat(PhotoStage.VERIFY.chineseName()).isEqualTo("核查");
    assertThat(CaseStage.HANDLING.limitedStage()).contains(Stage.HANDLE);
    assertThat(CaseStage.SUSPENDED.limitedStage()).isEmpty();
    assertThat(CaseStage.MERGED.isFinal()).isTrue();
  }
}
