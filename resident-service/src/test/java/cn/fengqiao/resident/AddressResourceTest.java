package cn.fengqiao.resident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/** The standard address tree: kept by admin, searched by a prefix of its Chinese names. */
@QuarkusTest
class AddressResourceTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.of(user)).contentType(ContentType.JSON);
    }

    static String add(String code, String level, String parentId, String name, String community) {
        return as("admin")
                .body("{\"code\":\"%s\",\"level\":\"%s\",\"parentId\":%s,\"name\":\"%s\",\"community\":%s}"
                        .formatted(
                                code,
                                level,
                                parentId == null ? "null" : "\"" + parentId + "\"",
                                name,
                                community == null ? "null" : "\"" + community + "\""))
                .post("/api/addresses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void shouldBuildATreeAndFindANodeByThePrefixOfItsFullName() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String street = add("T-" + tag, "STREET", null, "测试街" + tag, "wanyuan");
        String courtyard = add("T-" + tag + "-12", "NUMBER", street, "12号院", null);
        String building = add("T-" + tag + "-12-3", "BUILDING", courtyard, "3号楼", null);
        String room = add("T-" + tag + "-12-3-401", "ROOM", building, "401室", null);

        as("auxiliary")
                .get("/api/addresses?q=测试街" + tag + "12号院3")
                .then()
                .statusCode(200)
                .body("items.id", contains(building, room));
        as("volunteer")
                .get("/api/addresses/" + room)
                .then()
                .body("fullName", equalTo("测试街" + tag + "12号院3号楼401室"))
                .body("community", equalTo("wanyuan"));
        as("mediator")
                .get("/api/addresses/" + room + "/path")
                .then()
                .body("name", contains("测试街" + tag, "12号院", "3号楼", "401室"));
        as("officer").get("/api/addresses/" + courtyard + "/children").then().body("id", contains(building));
        as("officer")
                .get("/api/addresses?q=3号楼&community=wanyuan&level=BUILDING&size=100")
                .then()
                .body("items.id", hasItem(building));
    }

    @Test
    void shouldStartTheCommunityBelowTheDistrictAndStationAndKeepItFurtherDown() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String district = add("D-" + tag, "DISTRICT", null, "城区" + tag, null);
        String station = add("D-" + tag + "-S", "STATION", district, "南街派出所", null);
        String community = add("D-" + tag + "-C", "COMMUNITY", station, "万苑社区", "wanyuan");
        String grid = add("D-" + tag + "-G", "GRID", community, "第1网格", null);

        as("officer")
                .get("/api/addresses/" + grid)
                .then()
                .body("community", equalTo("wanyuan"))
                .body("fullName", equalTo("万苑社区第1网格"));
        as("officer").get("/api/addresses/" + station).then().body("community", equalTo(null));
        as("admin")
                .body(
                        "{\"code\":\"D-%s-x\",\"level\":\"STREET\",\"parentId\":\"%s\",\"name\":\"街\",\"community\":\"yihou\"}"
                                .formatted(tag, grid))
                .post("/api/addresses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("community"));
    }

    @Test
    void shouldRefuseAChildAboveItsParentAndADuplicateCode() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String building = add("U-" + tag, "BUILDING", null, "楼" + tag, "yihou");

        as("admin")
                .body("{\"code\":\"U-%s-x\",\"level\":\"STREET\",\"parentId\":\"%s\",\"name\":\"街\"}"
                        .formatted(tag, building))
                .post("/api/addresses")
                .then()
                .statusCode(400)
                .body("detail", containsString("cannot sit under"));
        as("admin")
                .body("{\"code\":\"U-%s\",\"level\":\"BUILDING\",\"name\":\"楼\",\"community\":\"yihou\"}"
                        .formatted(tag))
                .post("/api/addresses")
                .then()
                .statusCode(409);
        as("admin")
                .body("{\"code\":\"U-%s-y\",\"level\":\"BUILDING\",\"name\":\"楼\"}".formatted(tag))
                .post("/api/addresses")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("community"));
        as("officer")
                .body("{\"code\":\"U-%s-z\",\"level\":\"BUILDING\",\"name\":\"楼\",\"community\":\"yihou\"}"
                        .formatted(tag))
                .post("/api/addresses")
                .then()
                .statusCode(403);
        as("officer").get("/api/addresses?level=CASTLE").then().statusCode(400);
    }
}
