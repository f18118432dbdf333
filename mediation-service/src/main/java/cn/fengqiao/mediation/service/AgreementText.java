package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.domain.PartySide;

/**
 * The agreement text from the station's template (人民调解协议书). Parties appear by name (or as
 * "登记居民" with the last characters of their resident id when only the id is known); contacts never.
 */
@ApplicationScoped
public class AgreementText {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public String render(Dispute dispute, List<DisputeParty> parties, String terms, Instant signedAt) {
        StringBuilder text = new StringBuilder();
        text.append("人民调解协议书\n");
        text.append("编号：").append(dispute.number).append("\n\n");
        for (DisputeParty party : parties) {
            text.append(sideLabel(party.side)).append("：").append(name(party)).append("\n");
        }
        text.append("\n纠纷主要事实、争议事项：\n").append(dispute.summary).append("\n");
        if (dispute.addressText != null) {
            text.append("纠纷发生地：").append(dispute.addressText).append("\n");
        }
        text.append("\n经调解，各方自愿达成如下协议：\n").append(terms).append("\n");
        text.append("\n履行方式、时限：按上述条款履行。\n");
        text.append("本协议自各方当事人签名之日起生效。各方当事人可以自本协议生效之日起三十日内共同向人民法院申请司法确认。\n");
        text.append("\n调解员：")
                .append(dispute.mediatorName == null ? "" : dispute.mediatorName)
                .append("\n");
        text.append("签订日期：")
                .append(CHINESE_DATE.format(LocalDate.ofInstant(signedAt, ClockProducer.STATION_ZONE)))
                .append("\n");
        return text.toString();
    }

    private static String sideLabel(PartySide side) {
        return switch (side) {
            case APPLICANT -> "申请人";
            case RESPONDENT -> "被申请人";
            case OTHER -> "当事人";
        };
    }

    private static String name(DisputeParty party) {
        if (party.name != null) {
            return party.name;
        }
        String id = party.residentId.toString();
        return "登记居民（" + id.substring(id.length() - 4) + "）";
    }
}
