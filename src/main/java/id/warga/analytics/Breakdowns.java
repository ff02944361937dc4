package id.warga.analytics;

import java.util.List;

/**
 * An area's figures by sex, by age band (0–14, five-year bands from 15, 65+) and by education
 * (residents aged 15+; code 0 is unknown), and youth (15–24) by sex.
 */
public record Breakdowns(
        String code,
        String name,
        String level,
        String period,
        String basis,
        List<CategoryFigures> bySex,
        List<CategoryFigures> byAgeBand,
        List<CategoryFigures> byEducation,
        List<CategoryFigures> youthBySex) {}
