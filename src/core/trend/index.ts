export { buildTrend, targetForYear, type Trend, type TrendChange, type TrendOptions, type TrendPoint, type TrendSeries } from "./trend";
export { trendCharts } from "./trend-charts";
