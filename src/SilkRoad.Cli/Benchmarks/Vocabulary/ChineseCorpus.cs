namespace SilkRoad.Cli.Benchmarks.Vocabulary;

/// <summary>
/// Chinese engineering vocabulary in words of two to four characters, written without spaces. Most authors appear in
/// pinyin, as OpenAlex shows them; some in characters, family name first.
/// </summary>
internal static class ChineseCorpus
{
    public static CorpusLanguage Create() => new(
        code: "zh",
        share: 0.20,
        writtenWithoutSpaces: true,
        clauseMark: "，",
        sentenceMark: "。",
        functionWords: "的 与 和 及 在 对 中 下 基于 考虑 通过 进行",
        words: """
            结构 分析 混凝土 钢结构 桥梁 钢梁 柱子 荷载 应力 应变 疲劳 断裂 裂缝 复合材料 材料 设计 优化 模型 数值模拟
            有限元 方法 试验 实验研究 动力 静力 地震 响应 振动 阻尼 频率 模态 刚度 强度 耐久性 腐蚀 钢筋 预应力 基础
            地基 土体 桩基 边坡 稳定性 隧道 基坑 开挖 地下水 水力 水流 湍流 河道 洪水 泥沙 冲刷 大坝 水库 水资源
            污水处理 薄膜 过滤 海水淡化 管道 压力 水泵 涡轮机 风电 风力 光伏 太阳能 能源 电力 电网 配电网 输电 电压
            电流 变换器 逆变器 电池 储能 充电 电动汽车 电机 发电机 控制 控制器 自适应 鲁棒 模糊 神经网络 深度学习
            机器学习 数据 传感器 监测 检测 诊断 故障 可靠性 风险 评估 安全 失效 概率 不确定性 随机 非线性 线性 热力
            传热 温度 燃烧 发动机 燃料 排放 氢能 燃料电池 催化剂 反应器 化工 工艺 制造 增材制造 打印 焊接 加工 切削
            刀具 表面 粗糙度 涂层 磨损 摩擦 润滑 合金 铝合金 钛合金 聚合物 纤维 碳纤维 纳米 微观结构 力学性能 性能
            效率 系统 框架 算法 调度 最优 多目标 遗传算法 粒子群 交通 道路 路面 沥青 铁路 轨道 高速铁路 运输 物流
            城市 建筑 建筑物 施工 工程 项目管理 成本 全寿命周期 可持续 环境 碳排放 可再生能源 智能 数字孪生 物联网
            无线 通信 天线 信号处理 图像 识别 机器人 自主 导航 轨迹 无人机 飞行器 气动 叶片 转子 轴承 齿轮 主轴
            航天器 卫星 雷达 激光 光学 半导体 电路 芯片 集成 嵌入式 软件 硬件 架构 平台 样机 验证 标定 测量 参数 估计
            辨识 评价 案例 现场 测试 实验室 尺度 大型 高效 新型 改进 比较 混合 先进 农村 沿海 海上 船舶 波浪 矿山 岩石
            爆破 岩土 力学 流体 计算 供暖 制冷 通风 空调 室内 舒适度 照明 声学 噪声 保温 幕墙 木结构 砌体 玻璃 节点
            连接 螺栓 钢板 壳体 框架结构 桁架 拉索 悬索桥 拱桥 主梁 桥面 桥墩 加固 修复 损伤 维修 检查 养护 服役 寿命
            预测 需求 供应链 质量 标准 规范 规划 城镇化 基础设施 韧性 灾害 火灾 耐火 爆炸 冲击
            """,
        names: new CorpusNames(
            Given: ["Wei", "Jun", "Lei", "Yang", "Jing", "Min", "Hui", "Xin", "Hao", "Yu", "Qiang", "Ling", "Yan", "Fang",
                "Tao", "Bo", "Jie", "Na", "Ming", "Xiaoming", "Jianguo", "Zhiwei", "Haiyan", "Yuxuan", "Zihan", "Chenxi",
                "Yifan"],
            Family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
                "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang"]),
        nativeNames: new CorpusNames(
            Given: ["伟", "军", "磊", "洋", "静", "敏", "慧", "鑫", "浩", "宇", "强", "玲", "燕", "芳", "涛", "波", "杰", "娜",
                "明", "晓明", "建国", "志伟", "海燕", "宇轩", "子涵", "晨曦", "一凡"],
            Family: ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林",
                "高", "罗"],
            FamilyNameFirstWithoutSpace: true),
        nativeNameShare: 0.3,
        institutions:
        [
            new("Tsinghua University", "CN"), new("Tongji University", "CN"), new("Zhejiang University", "CN"),
            new("Harbin Institute of Technology", "CN"), new("Southeast University", "CN"), new("Central South University", "CN"),
            new("Southwest Jiaotong University", "CN"), new("Huazhong University of Science and Technology", "CN"),
            new("Shanghai Jiao Tong University", "CN"), new("Xi'an Jiaotong University", "CN"),
            new("Dalian University of Technology", "CN"), new("Chongqing University", "CN"), new("Hohai University", "CN"),
            new("Beijing Jiaotong University", "CN"), new("Wuhan University", "CN"), new("Tianjin University", "CN"),
            new("China Academy of Building Research", "CN", "facility"), new("State Grid Corporation of China", "CN", "company"),
            new("Hong Kong Polytechnic University", "HK"), new("National Taiwan University", "TW"),
        ],
        sources:
        [
            new("土木工程学报", "1000-131X", "China Civil Engineering Society", "10.15951", "j.tmgcxb"),
            new("中国电机工程学报", "0258-8013", "Chinese Society for Electrical Engineering", "10.13334", "j.0258-8013.pcsee"),
            new("机械工程学报", "0577-6686", "Chinese Mechanical Engineering Society", "10.3901", "jme"),
            new("岩土工程学报", "1000-4548", "Chinese Society of Civil Engineering", "10.11779", "cjge"),
            new("中国公路学报", "1001-7372", "China Highway and Transportation Society", "10.19721", "j.cnki.1001-7372"),
            new("水利学报", "0559-9350", "Chinese Hydraulic Engineering Society", "10.13243", "j.cnki.slxb"),
            new("建筑结构学报", "1000-6869", "Architectural Society of China", "10.14006", "j.jzjgxb"),
            new("电力系统自动化", "1000-1026", "State Grid Electric Power Research Institute", "10.7500", "aeps"),
            new("铁道学报", "1001-8360", "China Railway Society", "10.3969", "j.issn.1001-8360"),
            new("中南大学学报(自然科学版)", "1672-7207", "Central South University", "10.11817", "j.issn.1672-7207"),
        ]);
}
